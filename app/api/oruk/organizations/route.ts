import { orukOptions, orukRoute } from "@/lib/directory/oruk/handler";
import { listOrganizations, parsePaging } from "@/lib/directory/oruk/queries";

export const dynamic = "force-dynamic";
export const GET = orukRoute((db, url) => listOrganizations(db, parsePaging(url)));
export const OPTIONS = orukOptions;
