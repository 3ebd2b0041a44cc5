import { asc, eq } from "drizzle-orm";
import { NextResponse } from "next/server";
import { laps, places, postcodeAreas } from "@/db/schema";
import { withPermission } from "@/lib/authz/guard";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Admin export of the LAP reference data (names and postcode areas), e.g. to send to the councils for checking. */
export const GET = withPermission("reference.laps:update", async () => {
  const db = await getDb();
  const rows = await db
    .select({ lap: laps.code, name: laps.name, illustrative: laps.illustrative, place: places.code, area: postcodeAreas.code, kind: postcodeAreas.kind })
    .from(laps)
    .innerJoin(places, eq(places.id, laps.placeId))
    .leftJoin(postcodeAreas, eq(postcodeAreas.lapId, laps.id))
    .orderBy(asc(laps.sortOrder), asc(postcodeAreas.code));
  const byLap = new Map<string, { code: string; place: string; name: unknown; illustrative: boolean; areas: string[] }>();
  for (const r of rows) {
    const entry = byLap.get(r.lap) ?? { code: r.lap, place: r.place, name: r.name, illustrative: r.illustrative, areas: [] };
    if (r.area) entry.areas.push(r.area);
    byLap.set(r.lap, entry);
  }
  return NextResponse.json({ laps: [...byLap.values()] }, { headers: { "Cache-Control": "no-store" } });
});
