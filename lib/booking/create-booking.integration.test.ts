import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type TDatabase, type TDatabaseHandle } from "@/db/client";
import { bookingSessions, bookings } from "@/db/schema";
import { getDb } from "@/lib/db";
import { upsertSession } from "@/tests/factories/booking";
import { createBooking } from "./create-booking";

const DAY = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY);
const resident = (i: number, run: string) => ({ name: `Resident ${i}`, email: `r${i}-${run}@example.org`, locale: "en" });

describe("booking a place", () => {
  // On PostgreSQL, a pool of 20 connections so the 50 bookings really run at the same time.
  let handle: TDatabaseHandle | null = null;
  let db: TDatabase;
  beforeAll(async () => {
    if (process.env.DATABASE_URL) {
      handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL, poolSize: 20 });
      db = handle.db;
    } else db = await getDb();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("50 people booking a 10-place session at once: exactly 10 get a place, 40 are told it is full, nothing fails", async () => {
    const session = await upsertSession(db, { serviceSlug: "stop-smoking", startsAt: inDays(5), capacity: 10 });
    const run = randomUUID().slice(0, 8);
    const settled = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => createBooking(db, { sessionId: session.id, idempotencyKey: `${run}-${i}`, ...resident(i, run) })),
    );
    const errors = settled.filter((s) => s.status === "rejected");
    expect(errors).toEqual([]);
    const outcomes = settled.map((s) => (s as PromiseFulfilledResult<Awaited<ReturnType<typeof createBooking>>>).value.outcome);
    expect(outcomes.filter((o) => o === "confirmed")).toHaveLength(10);
    expect(outcomes.filter((o) => o === "full")).toHaveLength(40);
    const [counts] = await db
      .select({ booked: bookingSessions.booked, rows: sql<number>`(select count(*)::int from ${bookings} where ${bookings.sessionId} = ${session.id} and ${bookings.status} = 'confirmed')` })
      .from(bookingSessions)
      .where(eq(bookingSessions.id, session.id));
    expect(counts).toEqual({ booked: 10, rows: 10 });
  });

  it("a re-sent booking (same idempotency key, even at the same moment) is recorded once", async () => {
    const session = await upsertSession(db, { serviceSlug: "weight-management", startsAt: inDays(6), capacity: 5 });
    const run = randomUUID().slice(0, 8);
    const request = { sessionId: session.id, idempotencyKey: `double-${run}`, ...resident(1, run) };
    const [a, b] = await Promise.all([createBooking(db, request), createBooking(db, request)]);
    const again = await createBooking(db, request);
    expect([a.outcome, b.outcome].sort()).toEqual(["confirmed", "duplicate"]);
    expect(again.outcome).toBe("duplicate");
    const ids = new Set([a, b, again].map((r) => ("booking" in r ? r.booking.id : null)));
    expect(ids.size).toBe(1);
    const rows = await db.select().from(bookings).where(eq(bookings.sessionId, session.id));
    expect(rows).toHaveLength(1);
    const [s] = await db.select({ booked: bookingSessions.booked }).from(bookingSessions).where(eq(bookingSessions.id, session.id));
    expect(s!.booked).toBe(1);
  });

  it("the same person cannot hold two places in one session, however they write their email", async () => {
    const session = await upsertSession(db, { serviceSlug: "stop-smoking", startsAt: inDays(7), capacity: 5 });
    const run = randomUUID().slice(0, 8);
    const first = await createBooking(db, { sessionId: session.id, idempotencyKey: `a-${run}`, name: "Sam", email: `Sam-${run}@Example.org`, locale: "en" });
    const second = await createBooking(db, { sessionId: session.id, idempotencyKey: `b-${run}`, name: "Sam", email: ` sam-${run}@example.org `, locale: "en" });
    expect(first.outcome).toBe("confirmed");
    expect(second.outcome).toBe("already-booked");
    const held = await db.select().from(bookings).where(and(eq(bookings.sessionId, session.id), eq(bookings.status, "confirmed")));
    expect(held).toHaveLength(1);
  });

  it("respects the booking window and cut-off", async () => {
    const session = await upsertSession(db, { serviceSlug: "stop-smoking", startsAt: inDays(3), capacity: 5, bookingOpensAt: inDays(1) });
    const run = randomUUID().slice(0, 8);
    const tooEarly = await createBooking(db, { sessionId: session.id, idempotencyKey: `early-${run}`, ...resident(1, run) });
    expect(tooEarly.outcome).toBe("closed");
    const afterCutOff = await createBooking(db, { sessionId: session.id, idempotencyKey: `late-${run}`, ...resident(2, run) }, new Date(session.bookingClosesAt.getTime() + 1));
    expect(afterCutOff.outcome).toBe("closed");
    const inWindow = await createBooking(db, { sessionId: session.id, idempotencyKey: `ok-${run}`, ...resident(3, run) }, inDays(2));
    expect(inWindow.outcome).toBe("confirmed");
  });

  it("the database itself refuses more bookings than places, even from code that skips the check", async () => {
    const session = await upsertSession(db, { serviceSlug: "stop-smoking", startsAt: inDays(8), capacity: 2 });
    await expect(db.update(bookingSessions).set({ booked: 3 }).where(eq(bookingSessions.id, session.id))).rejects.toThrow();
  });
});
