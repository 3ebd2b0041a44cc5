import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { laps, places, postcodeAreas, wellbeingServices } from "@/db/schema";
import { getDb } from "@/lib/db";
import { seedReference } from "./reference";

describe("reference seed", () => {
  it("loads two Places, 16 LAPs (9 West, 7 North) and the eight services, and is safe to run twice", async () => {
    const db = await getDb();
    const first = await seedReference(db);
    const second = await seedReference(db);
    expect(second).toEqual(first);
    const perPlace = await db
      .select({ place: places.code, n: sql<number>`count(*)::int` })
      .from(laps)
      .innerJoin(places, eq(places.id, laps.placeId))
      .groupBy(places.code);
    expect(Object.fromEntries(perPlace.map((r) => [r.place, Number(r.n)]))).toEqual({ west: 9, north: 7 });
    const [services] = await db.select({ n: sql<number>`count(*)::int` }).from(wellbeingServices);
    expect(Number(services!.n)).toBe(8);
  });

  it("maps every LAP to at least one postcode sector, with centroids inside Northamptonshire", async () => {
    const db = await getDb();
    const rows = await db
      .select({ lap: laps.code, sectors: sql<number>`count(${postcodeAreas.code}) filter (where ${postcodeAreas.kind} = 'sector')::int` })
      .from(laps)
      .leftJoin(postcodeAreas, eq(postcodeAreas.lapId, laps.id))
      .groupBy(laps.code);
    expect(rows).toHaveLength(16);
    for (const r of rows) expect(Number(r.sectors), r.lap).toBeGreaterThan(0);
    const [bounds] = await db.select({ minLat: sql<number>`min(lat)`, maxLat: sql<number>`max(lat)`, minLng: sql<number>`min(lng)`, maxLng: sql<number>`max(lng)` }).from(postcodeAreas);
    expect(Number(bounds!.minLat)).toBeGreaterThan(51.9);
    expect(Number(bounds!.maxLat)).toBeLessThan(52.7);
    expect(Number(bounds!.minLng)).toBeGreaterThan(-1.4);
    expect(Number(bounds!.maxLng)).toBeLessThan(-0.3);
  });

  it("keeps an admin's rename and re-mapping when the seed runs again", async () => {
    const db = await getDb();
    await db.update(laps).set({ name: { en: "Corby Town and Villages" }, illustrative: false }).where(eq(laps.code, "N01"));
    const [kettering] = await db.select({ id: laps.id }).from(laps).where(eq(laps.code, "N02"));
    await db.update(postcodeAreas).set({ lapId: kettering!.id, illustrative: false }).where(eq(postcodeAreas.code, "NN18 8"));
    await seedReference(db);
    const [corby] = await db.select({ name: laps.name }).from(laps).where(eq(laps.code, "N01"));
    expect(corby!.name.en).toBe("Corby Town and Villages");
    const [area] = await db.select({ lapId: postcodeAreas.lapId }).from(postcodeAreas).where(eq(postcodeAreas.code, "NN18 8"));
    expect(area!.lapId).toBe(kettering!.id);
  });
});
