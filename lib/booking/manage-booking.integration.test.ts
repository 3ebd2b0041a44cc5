import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { bookingSessions, bookingWaitingList, bookings } from "@/db/schema";
import { getDb } from "@/lib/db";
import { upsertSession } from "@/tests/factories/booking";
import { createBooking } from "./create-booking";
import { cancelBooking, moveBooking } from "./manage-booking";
import { acceptOffer, expireOffers, joinWaitingList } from "./waiting-list";

const HOUR = 3_600_000;
const inDays = (n: number) => new Date(Date.now() + n * 24 * HOUR);
const person = (label: string, run: string) => ({ name: label, email: `${label}-${run}@example.org`, locale: "pl" });
const bookedIn = async (sessionId: string) => {
  const db = await getDb();
  const [s] = await db.select({ booked: bookingSessions.booked }).from(bookingSessions).where(eq(bookingSessions.id, sessionId));
  return s!.booked;
};

describe("cancelling, moving and the waiting list", () => {
  it("a cancelled place is offered to the first person waiting, held for them, then passed on when they do not answer", async () => {
    const db = await getDb();
    const run = randomUUID().slice(0, 8);
    const session = await upsertSession(db, { serviceSlug: "stop-smoking", startsAt: inDays(10), capacity: 1 });
    const first = await createBooking(db, { sessionId: session.id, idempotencyKey: `wl-a-${run}`, ...person("ana", run) });
    expect(first.outcome).toBe("confirmed");
    expect((await createBooking(db, { sessionId: session.id, idempotencyKey: `wl-b-${run}`, ...person("ben", run) })).outcome).toBe("full");
    expect(await joinWaitingList(db, session.id, person("ben", run))).toBe("joined");
    expect(await joinWaitingList(db, session.id, person("BEN", run))).toBe("already-waiting");
    expect(await joinWaitingList(db, session.id, person("cai", run))).toBe("joined");

    const now = new Date();
    const cancelled = await cancelBooking(db, (first as { booking: { id: string } }).booking.id, now);
    expect(cancelled.outcome).toBe("cancelled");
    const offer = cancelled.outcome === "cancelled" ? cancelled.offer : null;
    expect(offer?.email).toBe(`ben-${run}@example.org`);
    expect(offer?.offerExpiresAt?.getTime()).toBe(now.getTime() + 24 * HOUR);
    // The place is held for Ben: someone else cannot take it.
    expect(await bookedIn(session.id)).toBe(1);
    expect((await createBooking(db, { sessionId: session.id, idempotencyKey: `wl-d-${run}`, ...person("dee", run) })).outcome).toBe("full");

    // Ben does not answer within 24 hours: the offer goes to Cai.
    expect(await expireOffers(db, new Date(now.getTime() + 23 * HOUR))).toEqual([]);
    const next = await expireOffers(db, new Date(now.getTime() + 25 * HOUR));
    expect(next.map((o) => o.email)).toEqual([`cai-${run}@example.org`]);
    expect((await acceptOffer(db, offer!.id, new Date(now.getTime() + 25 * HOUR))).outcome).toBe("expired");

    const accepted = await acceptOffer(db, next[0]!.id, new Date(now.getTime() + 26 * HOUR));
    expect(accepted.outcome).toBe("confirmed");
    expect(await bookedIn(session.id)).toBe(1);
    const statuses = await db.select({ email: bookingWaitingList.email, status: bookingWaitingList.status }).from(bookingWaitingList).where(eq(bookingWaitingList.sessionId, session.id));
    expect(Object.fromEntries(statuses.map((s) => [s.email, s.status]))).toEqual({ [`ben-${run}@example.org`]: "expired", [`cai-${run}@example.org`]: "accepted" });
  });

  it("with nobody waiting, a cancelled place is back on sale", async () => {
    const db = await getDb();
    const run = randomUUID().slice(0, 8);
    const session = await upsertSession(db, { serviceSlug: "weight-management", startsAt: inDays(11), capacity: 1 });
    const booking = await createBooking(db, { sessionId: session.id, idempotencyKey: `free-${run}`, ...person("eve", run) });
    await cancelBooking(db, (booking as { booking: { id: string } }).booking.id);
    expect(await bookedIn(session.id)).toBe(0);
    expect((await cancelBooking(db, (booking as { booking: { id: string } }).booking.id)).outcome).toBe("not-active");
    expect(await bookedIn(session.id)).toBe(0);
  });

  it("moves a booking to another time, freeing the old place; a full session leaves the booking where it was", async () => {
    const db = await getDb();
    const run = randomUUID().slice(0, 8);
    const a = await upsertSession(db, { serviceSlug: "stop-smoking", startsAt: inDays(12), capacity: 2 });
    const b = await upsertSession(db, { serviceSlug: "stop-smoking", startsAt: inDays(13), capacity: 1 });
    const c = await upsertSession(db, { serviceSlug: "stop-smoking", startsAt: inDays(14), capacity: 1 });
    await createBooking(db, { sessionId: c.id, idempotencyKey: `c-${run}`, ...person("fay", run) });
    const mine = await createBooking(db, { sessionId: a.id, idempotencyKey: `mv-${run}`, ...person("gus", run) });
    const id = (mine as { booking: { id: string } }).booking.id;

    expect((await moveBooking(db, id, c.id)).outcome).toBe("full");
    expect(await bookedIn(a.id)).toBe(1);

    const moved = await moveBooking(db, id, b.id);
    expect(moved.outcome).toBe("moved");
    expect(await bookedIn(a.id)).toBe(0);
    expect(await bookedIn(b.id)).toBe(1);
    const [old] = await db.select().from(bookings).where(eq(bookings.id, id));
    expect(old).toMatchObject({ status: "moved", movedToId: moved.outcome === "moved" ? moved.booking.id : "" });
    expect((await moveBooking(db, id, c.id)).outcome).toBe("not-active");
    const weight = await upsertSession(db, { serviceSlug: "weight-management", startsAt: inDays(15), capacity: 5 });
    const movedId = moved.outcome === "moved" ? moved.booking.id : "";
    expect((await moveBooking(db, movedId, weight.id)).outcome).toBe("not-found"); // another service: refused
  });
});
