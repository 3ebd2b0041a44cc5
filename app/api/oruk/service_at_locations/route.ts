import { orukJson, orukOptions, orukRoute } from "@/lib/directory/oruk/handler";
import { listServiceAtLocations, parsePaging, parseServiceFilters } from "@/lib/directory/oruk/queries";

export const dynamic = "force-dynamic";
export const GET = orukRoute(async (db, url) => {
  const postcode = url.searchParams.get("postcode")?.slice(0, 16);
  const proximity = Number.parseInt(url.searchParams.get("proximity") ?? "", 10);
  const result = await listServiceAtLocations(db, parsePaging(url), parseServiceFilters(url), postcode ? { postcode, proximity: Number.isFinite(proximity) && proximity > 0 ? Math.min(proximity, 100_000) : undefined } : null);
  if ("error" in result) return orukJson({ error: "Unknown postcode: give a postcode in Northamptonshire, for example NN16 8AB." }, 400);
  return result;
});
export const OPTIONS = orukOptions;
