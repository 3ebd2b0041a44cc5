import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { getDb } from "@/lib/db";
import { upsertUser } from "@/tests/factories/accounts";
import { upsertSession } from "@/tests/factories/booking";
import { createBooking } from "./create-booking";
import { getRoster, listStaffSessions, recordOutcome, rosterCsv } from "./roster";

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000);

describe("staff rosters and outcomes", () => {
  it("an advisor sees and updates only their own service's rosters; admins see all", async () => {
    const db = await getDb();
    const run = randomUUID().slice(0, 8);
    const smokingAdvisor = await upsertUser(db, { email: `ss-${run}@example.org`, role: "advisor", serviceSlugs: ["stop-smoking"] });
    const admin = await upsertUser(db, { email: `adm-${run}@example.org`, role: "admin" });
    const smoking = await upsertSession(db, { serviceSlug: "stop-smoking", startsAt: inDays(4), capacity: 3 });
    const weight = await upsertSession(db, { serviceSlug: "weight-management", startsAt: inDays(4), capacity: 3, weeks: 12 });
    const s = await createBooking(db, { sessionId: smoking.id, idempotencyKey: `r1-${run}`, name: "=Zofia, \"Zosia\"", email: `z-${run}@example.org`, locale: "pl", prioritised: true });
    const w = await createBooking(db, { sessionId: weight.id, idempotencyKey: `r2-${run}`, name: "Wen", email: `w-${run}@example.org`, locale: "en" });
    const sId = (s as { booking: { id: string } }).booking.id;
    const wId = (w as { booking: { id: string } }).booking.id;

    const visible = (await listStaffSessions(db, smokingAdvisor)).map((x) => x.id);
    expect(visible).toContain(smoking.id);
    expect(visible).not.toContain(weight.id);
    expect(await getRoster(db, smokingAdvisor, weight.id)).toBeNull();
    expect(await recordOutcome(db, smokingAdvisor, wId, { status: "attended", weightWeek0Grams: 101_000 })).toBe(false);

    const roster = await getRoster(db, smokingAdvisor, smoking.id);
    expect(roster?.rows.map((r) => [r.name, r.prioritised])).toEqual([["=Zofia, \"Zosia\"", true]]);
    const viewed = await db.select().from(auditLog).where(and(eq(auditLog.action, "booking.roster.view"), eq(auditLog.subjectId, smoking.id)));
    expect(viewed.at(-1)?.actorId).toBe(smokingAdvisor.id);

    expect(await recordOutcome(db, smokingAdvisor, sId, { status: "attended", smoking4Week: "quit_co_validated" })).toBe(true);
    expect(await recordOutcome(db, admin, wId, { status: "attended", weightWeek0Grams: 101_000, weightWeek12Grams: 96_500 })).toBe(true);
    const after = await getRoster(db, admin, weight.id);
    expect(after?.rows[0]).toMatchObject({ status: "attended", weightWeek0Grams: 101_000, weightWeek12Grams: 96_500 });

    const csv = rosterCsv((await getRoster(db, admin, smoking.id))!.rows, ["Name", "Email", "Mobile", "Status", "Priority", "4-week quit", "Week 0 kg", "Week 12 kg"]);
    // Formula-looking names are neutralised and quotes escaped, so the file is safe to open in a spreadsheet.
    expect(csv).toContain(`"'=Zofia, ""Zosia"""`);
    expect(csv).toContain("attended,yes,quit_co_validated");
  });
});
