import "server-only";
import { eq, inArray } from "drizzle-orm";
import { laps, places, postcodeAreas } from "@/db/schema";
import type { TDbOrTx } from "@/db/client";
import { parsePostcode } from "./postcode";

export type TPostcodeArea = {
  postcode: string;
  areaCode: string;
  lapCode: string;
  lapName: typeof laps.$inferSelect.name;
  placeCode: string;
  town: string;
  lat: number;
  lng: number;
};

/** Postcode → sector (else district) → LAP → Place. Null when the input is not a postcode or not in the county. */
export async function lookupPostcode(db: TDbOrTx, input: string): Promise<TPostcodeArea | null> {
  const parts = parsePostcode(input);
  if (!parts) return null;
  const candidates = [parts.sector, parts.district].filter((c): c is string => !!c);
  const rows = await db
    .select({ code: postcodeAreas.code, town: postcodeAreas.town, lat: postcodeAreas.lat, lng: postcodeAreas.lng, lapCode: laps.code, lapName: laps.name, placeCode: places.code })
    .from(postcodeAreas)
    .innerJoin(laps, eq(laps.id, postcodeAreas.lapId))
    .innerJoin(places, eq(places.id, laps.placeId))
    .where(inArray(postcodeAreas.code, candidates));
  const best = candidates.map((c) => rows.find((r) => r.code === c)).find(Boolean);
  if (!best) return null;
  return { postcode: parts.normalised, areaCode: best.code, lapCode: best.lapCode, lapName: best.lapName, placeCode: best.placeCode, town: best.town, lat: best.lat, lng: best.lng };
}
