import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { laps, places, postcodeAreas, wellbeingServices, type TI18nText } from "@/db/schema";
import type { TDbOrTx } from "@/db/client";

const read = <T>(file: string): T => JSON.parse(readFileSync(path.join(process.cwd(), "seeds", "reference", file), "utf8")) as T;

type TPlaceSeed = { code: string; name: TI18nText; council: string };
type TLapSeed = { code: string; placeCode: string; name: string | TI18nText; mainTown: string; rural: boolean };
type TAreaSeed = { code: string; kind: "district" | "sector"; district: string; lapCode: string; town: string; lat: number; lng: number; rural: boolean };
type TServiceSeed = { slug: string; domain: string; bookable: boolean; name: TI18nText; summary: TI18nText; description: TI18nText };

/**
 * Loads Places, LAPs, postcode areas and the eight services. Safe to run twice. LAP names and postcode-area
 * mappings that an admin has changed since (illustrative = false) are left as the admin set them.
 */
export async function seedReference(db: TDbOrTx) {
  const placeRows = read<TPlaceSeed[]>("places.json");
  for (const p of placeRows) {
    await db.insert(places).values(p).onConflictDoUpdate({ target: places.code, set: { name: p.name, council: p.council } });
  }
  const placeIds = new Map((await db.select({ id: places.id, code: places.code }).from(places)).map((r) => [r.code, r.id]));

  const lapFile = read<{ laps: TLapSeed[] }>("laps.json");
  let order = 0;
  for (const l of lapFile.laps) {
    const name: TI18nText = typeof l.name === "string" ? { en: l.name } : l.name;
    await db
      .insert(laps)
      .values({ code: l.code, placeId: placeIds.get(l.placeCode)!, name, mainTown: l.mainTown, rural: l.rural, illustrative: true, sortOrder: order++ })
      .onConflictDoUpdate({
        target: laps.code,
        set: { name: sql`case when ${laps.illustrative} then excluded.name else ${laps.name} end`, mainTown: l.mainTown, rural: l.rural, sortOrder: sql`excluded.sort_order` },
      });
  }
  const lapIds = new Map((await db.select({ id: laps.id, code: laps.code }).from(laps)).map((r) => [r.code, r.id]));

  const areaFile = read<{ areas: TAreaSeed[] }>("postcodes.json");
  const values = areaFile.areas.map((a) => ({
    code: a.code.toUpperCase(),
    kind: a.kind,
    district: a.district.toUpperCase(),
    lapId: lapIds.get(a.lapCode)!,
    town: a.town,
    lat: a.lat,
    lng: a.lng,
    rural: a.rural,
    illustrative: true,
  }));
  for (let i = 0; i < values.length; i += 200) {
    await db
      .insert(postcodeAreas)
      .values(values.slice(i, i + 200))
      .onConflictDoUpdate({
        target: postcodeAreas.code,
        set: {
          lapId: sql`case when ${postcodeAreas.illustrative} then excluded.lap_id else ${postcodeAreas.lapId} end`,
          town: sql`excluded.town`,
          lat: sql`excluded.lat`,
          lng: sql`excluded.lng`,
          rural: sql`excluded.rural`,
        },
      });
  }

  const services = read<TServiceSeed[]>("services.json");
  let sortOrder = 0;
  for (const s of services) {
    await db
      .insert(wellbeingServices)
      .values({ ...s, sortOrder: sortOrder++ })
      .onConflictDoUpdate({
        target: wellbeingServices.slug,
        set: { domain: s.domain, bookable: s.bookable, name: s.name, summary: s.summary, description: s.description, sortOrder: sql`excluded.sort_order` },
      });
  }
  const [counts] = await db.select({ n: sql<number>`count(*)::int` }).from(postcodeAreas);
  return { places: placeRows.length, laps: lapFile.laps.length, areas: Number(counts?.n ?? 0), services: services.length };
}

export async function lapIdByCode(db: TDbOrTx, code: string) {
  const [row] = await db.select({ id: laps.id }).from(laps).where(eq(laps.code, code));
  return row?.id;
}
