import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { bookings } from "@/db/schema";
import { getDb } from "@/lib/db";
import { upsertSession } from "@/tests/factories/booking";
import { createBooking } from "./create-booking";
import { cancelBooking } from "./manage-booking";
import { countQueuedReminders, sendDueReminders, type TDueReminder } from "./reminders";

const HOUR = 3_600_000;
const MINUTE = 60_000;

describe("reminders (fake clock)", () => {
  it("fires at 48 hours and at 2 hours before, each exactly once", async () => {
    const db = await getDb();
    const run = randomUUID().slice(0, 8);
    // A fixed "now" well in the future, so other tests' reminders are never due at these times.
    const bookedAt = new Date(Date.UTC(2031, 0, 1, 9, 0) + Math.floor(Math.random() * 1_000_000) * MINUTE);
    const startsAt = new Date(bookedAt.getTime() + 5 * 24 * HOUR);
    const session = await upsertSession(db, { serviceSlug: "stop-smoking", startsAt, capacity: 3, bookingOpensAt: new Date(bookedAt.getTime() - HOUR) });
    const booking = await createBooking(db, { sessionId: session.id, idempotencyKey: `rem-${run}`, name: "Rae", email: `rae-${run}@example.org`, locale: "ro" }, bookedAt);
    expect(booking.outcome).toBe("confirmed");
    const bookingId = (booking as { booking: { id: string } }).booking.id;
    expect(await countQueuedReminders(db, bookingId)).toBe(2);

    const sent: TDueReminder[] = [];
    const send = async (r: TDueReminder) => void sent.push(r);
    const mine = () => sent.filter((r) => r.bookingId === bookingId).map((r) => r.kind);
    const at = (msBeforeStart: number) => new Date(startsAt.getTime() - msBeforeStart);

    await sendDueReminders(db, at(48 * HOUR + MINUTE), send);
    expect(mine()).toEqual([]);
    await sendDueReminders(db, at(48 * HOUR), send);
    expect(mine()).toEqual(["48h"]);
    await sendDueReminders(db, at(47 * HOUR), send);
    await sendDueReminders(db, at(2 * HOUR + MINUTE), send);
    expect(mine()).toEqual(["48h"]);
    await Promise.all([sendDueReminders(db, at(2 * HOUR), send), sendDueReminders(db, at(2 * HOUR), send)]);
    expect(mine()).toEqual(["48h", "2h"]);
    await sendDueReminders(db, at(HOUR), send);
    expect(mine()).toEqual(["48h", "2h"]);
    expect(sent.find((r) => r.bookingId === bookingId)).toMatchObject({ locale: "ro", email: `rae-${run}@example.org` });
  });

  it("a failed send is tried again on the next run, and a send may itself write to the database", async () => {
    const db = await getDb();
    const run = randomUUID().slice(0, 8);
    const bookedAt = new Date(Date.UTC(2033, 0, 1, 9, 0) + Math.floor(Math.random() * 1_000_000) * MINUTE);
    const startsAt = new Date(bookedAt.getTime() + 3 * 24 * HOUR);
    const session = await upsertSession(db, { serviceSlug: "stop-smoking", startsAt, capacity: 3, bookingOpensAt: new Date(bookedAt.getTime() - HOUR) });
    const booking = await createBooking(db, { sessionId: session.id, idempotencyKey: `rem3-${run}`, name: "Tam", email: `tam-${run}@example.org`, locale: "en" }, bookedAt);
    const bookingId = (booking as { booking: { id: string } }).booking.id;
    const at48 = new Date(startsAt.getTime() - 48 * HOUR);
    const failing = async (r: TDueReminder) => {
      if (r.bookingId === bookingId) throw new Error("Notify is down");
    };
    expect((await sendDueReminders(db, at48, failing)).filter((r) => r.bookingId === bookingId)).toEqual([]);
    expect(await countQueuedReminders(db, bookingId)).toBe(2);
    // The real sender writes the outbox through the same database: it must not wait on the claim (PGlite has one connection).
    const writing = async (r: TDueReminder) => void (await db.select({ n: sql<number>`count(*)::int` }).from(bookings).where(eq(bookings.id, r.bookingId)));
    expect((await sendDueReminders(db, at48, writing)).filter((r) => r.bookingId === bookingId).map((r) => r.kind)).toEqual(["48h"]);
  });

  it("sends no reminder for a cancelled booking, and none already past when booked", async () => {
    const db = await getDb();
    const run = randomUUID().slice(0, 8);
    const bookedAt = new Date(Date.UTC(2032, 0, 1, 9, 0) + Math.floor(Math.random() * 1_000_000) * MINUTE);
    const startsAt = new Date(bookedAt.getTime() + 24 * HOUR);
    const session = await upsertSession(db, { serviceSlug: "weight-management", startsAt, capacity: 3, bookingOpensAt: new Date(bookedAt.getTime() - HOUR) });
    const booking = await createBooking(db, { sessionId: session.id, idempotencyKey: `rem2-${run}`, name: "Sol", mobile: "07700 900123", locale: "so" }, bookedAt);
    const bookingId = (booking as { booking: { id: string } }).booking.id;
    expect(await countQueuedReminders(db, bookingId)).toBe(1); // booked 24 hours ahead: only the 2-hour one
    await cancelBooking(db, bookingId, bookedAt);
    const sent: TDueReminder[] = [];
    await sendDueReminders(db, new Date(startsAt.getTime() - HOUR), async (r) => void sent.push(r));
    expect(sent.filter((r) => r.bookingId === bookingId)).toEqual([]);
  });
});
