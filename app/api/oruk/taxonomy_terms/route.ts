import { orukOptions, orukRoute } from "@/lib/directory/oruk/handler";
import { listTaxonomyTerms, parsePaging } from "@/lib/directory/oruk/queries";

export const dynamic = "force-dynamic";
export const GET = orukRoute((db, url) => listTaxonomyTerms(db, parsePaging(url), url.searchParams.get("taxonomy_id")));
export const OPTIONS = orukOptions;
