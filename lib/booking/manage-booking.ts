import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { TDatabase } from "@/db/client";
import { bookingReminders, bookingSessions, bookings } from "@/db/schema";
import { type TBookingRow, takePlace } from "./create-booking";
import { uniqueViolation } from "./db-errors";
import { queueReminders } from "./reminders";
import { passOnFreedPlace, type TOffer } from "./waiting-list";

export type TCancelResult = { outcome: "cancelled"; booking: TBookingRow; offer: TOffer | null } | { outcome: "not-active" };

/** Cancels a confirmed booking; the freed place goes to the waiting list (or back on sale) in the same transaction. */
export async function cancelBooking(db: TDatabase, bookingId: string, now = new Date()): Promise<TCancelResult> {
  return db.transaction(async (tx) => {
    const [booking] = await tx
      .update(bookings)
      .set({ status: "cancelled", updatedAt: now })
      .where(and(eq(bookings.id, bookingId), eq(bookings.status, "confirmed")))
      .returning();
    if (!booking) return { outcome: "not-active" as const };
    await skipReminders(tx, booking.id, now);
    const offer = await passOnFreedPlace(tx, booking.sessionId, now);
    return { outcome: "cancelled" as const, booking, offer };
  });
}

export type TMoveResult =
  | { outcome: "moved"; from: TBookingRow; booking: TBookingRow; offer: TOffer | null }
  | { outcome: "full" | "closed" | "not-found" | "not-active" | "same-session" | "already-booked" };

/**
 * Moves a booking to another session of the same service in one transaction: the new place is taken first
 * (so a full session leaves the old booking untouched), then the old one is marked "moved" and its place passed on.
 */
export async function moveBooking(db: TDatabase, bookingId: string, toSessionId: string, now = new Date()): Promise<TMoveResult> {
  try {
    return await db.transaction(async (tx): Promise<TMoveResult> => {
      const [from] = await tx.select().from(bookings).where(eq(bookings.id, bookingId)).for("update");
      if (!from) return { outcome: "not-found" };
      if (from.status !== "confirmed") return { outcome: "not-active" };
      if (from.sessionId === toSessionId) return { outcome: "same-session" };
      // Only to another time of the same service: moving must not skip that service's eligibility check.
      const [fromSession, toSession] = await Promise.all(
        [from.sessionId, toSessionId].map((id) => tx.select({ serviceId: bookingSessions.serviceId }).from(bookingSessions).where(eq(bookingSessions.id, id)).then((r) => r[0])),
      );
      if (!toSession || toSession.serviceId !== fromSession?.serviceId) return { outcome: "not-found" };
      const place = await takePlace(tx, toSessionId, now);
      if (typeof place === "string") return { outcome: place };
      const [booking] = await tx
        .insert(bookings)
        .values({
          sessionId: toSessionId,
          idempotencyKey: `move:${from.id}`,
          userId: from.userId,
          residentKey: from.residentKey,
          name: from.name,
          email: from.email,
          mobile: from.mobile,
          locale: from.locale,
          prioritised: from.prioritised,
        })
        .returning();
      const [moved] = await tx.update(bookings).set({ status: "moved", movedToId: booking!.id, updatedAt: now }).where(eq(bookings.id, from.id)).returning();
      await skipReminders(tx, from.id, now);
      await queueReminders(tx, booking!.id, place.startsAt, now);
      const offer = await passOnFreedPlace(tx, from.sessionId, now);
      return { outcome: "moved", from: moved!, booking: booking!, offer };
    });
  } catch (error) {
    if (uniqueViolation(error) === "bookings_one_place_per_resident") return { outcome: "already-booked" };
    throw error;
  }
}

async function skipReminders(tx: Parameters<Parameters<TDatabase["transaction"]>[0]>[0], bookingId: string, now: Date) {
  await tx.update(bookingReminders).set({ skippedAt: now }).where(and(eq(bookingReminders.bookingId, bookingId), inArray(bookingReminders.kind, ["48h", "2h"])));
}
