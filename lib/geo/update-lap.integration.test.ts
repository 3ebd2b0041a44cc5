import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, laps, postcodeAreas } from "@/db/schema";
import { getDb } from "@/lib/db";
import { upsertUser } from "@/tests/factories/accounts";
import { remapArea, renameLap } from "./update-lap";

describe("admin edits to LAPs", () => {
  it("renames a LAP in several languages and records who did it", async () => {
    const db = await getDb();
    const admin = await upsertUser(db, { email: "lap-admin@example.org", role: "admin" });
    const actor = { id: admin.id, email: admin.email, name: null, role: "admin" as const, locale: "en" };
    const ok = await renameLap(db, actor, { code: "W08", name_en: "Brackley and villages", name_pl: "Brackley i okoliczne wsie" } as never);
    expect(ok).toBe(true);
    const [row] = await db.select({ name: laps.name, illustrative: laps.illustrative }).from(laps).where(eq(laps.code, "W08"));
    expect(row).toEqual({ name: { en: "Brackley and villages", pl: "Brackley i okoliczne wsie" }, illustrative: false });
    const entries = await db.select().from(auditLog).where(and(eq(auditLog.action, "lap.rename"), eq(auditLog.subjectId, "W08")));
    expect(entries.at(-1)?.actorId).toBe(admin.id);
  });

  it("moves a postcode area to another LAP, and refuses unknown LAPs or areas", async () => {
    const db = await getDb();
    const admin = await upsertUser(db, { email: "lap-admin@example.org", role: "admin" });
    const actor = { id: admin.id, email: admin.email, name: null, role: "admin" as const, locale: "en" };
    expect(await remapArea(db, actor, "NN13 5", "W07")).toBe(true);
    const [area] = await db.select({ lap: laps.code }).from(postcodeAreas).innerJoin(laps, eq(laps.id, postcodeAreas.lapId)).where(eq(postcodeAreas.code, "NN13 5"));
    expect(area!.lap).toBe("W07");
    expect(await remapArea(db, actor, "NN13 5", "Z99")).toBe(false);
    expect(await remapArea(db, actor, "ZZ9 9", "W07")).toBe(false);
  });
});
