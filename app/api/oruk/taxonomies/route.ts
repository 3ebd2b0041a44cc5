import { orukOptions, orukRoute } from "@/lib/directory/oruk/handler";
import { listTaxonomies, parsePaging } from "@/lib/directory/oruk/queries";

export const dynamic = "force-dynamic";
export const GET = orukRoute(async (_db, url) => listTaxonomies(parsePaging(url)));
export const OPTIONS = orukOptions;
