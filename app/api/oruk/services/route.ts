import { orukOptions, orukRoute } from "@/lib/directory/oruk/handler";
import { listServices, parsePaging, parseServiceFilters } from "@/lib/directory/oruk/queries";

export const dynamic = "force-dynamic";
export const GET = orukRoute((db, url) => listServices(db, parsePaging(url), parseServiceFilters(url)));
export const OPTIONS = orukOptions;
