import "server-only";
import { and, asc, eq, lte, sql } from "drizzle-orm";
import type { TDatabase, TDbOrTx } from "@/db/client";
import { bookingSessions, bookingWaitingList, bookings } from "@/db/schema";
import { contactColumns, type TBookingContact, type TBookingRow } from "./create-booking";
import { uniqueViolation } from "./db-errors";
import { queueReminders } from "./reminders";

/** How long a freed place is held for the person offered it before it goes to the next. */
export const OFFER_HOURS = 24;

export type TOffer = typeof bookingWaitingList.$inferSelect;

export async function joinWaitingList(db: TDbOrTx, sessionId: string, contact: TBookingContact): Promise<"joined" | "already-waiting"> {
  try {
    await db.insert(bookingWaitingList).values({ sessionId, ...contactColumns(contact) });
    return "joined";
  } catch (error) {
    if (uniqueViolation(error) === "booking_waiting_list_one_per_resident") return "already-waiting";
    throw error;
  }
}

/**
 * A place has been given up in `sessionId` (its counter not yet decreased). If someone is waiting and the
 * session is still bookable, the place stays held and is offered to the first in the queue; otherwise the
 * counter goes down and the place is open to anyone. Returns the offer to send, if any. Call inside the
 * transaction that freed the place.
 */
export async function passOnFreedPlace(tx: TDbOrTx, sessionId: string, now: Date): Promise<TOffer | null> {
  const [session] = await tx
    .select({ closes: bookingSessions.bookingClosesAt })
    .from(bookingSessions)
    .where(eq(bookingSessions.id, sessionId))
    .for("update");
  if (session && now < session.closes) {
    const [next] = await tx
      .select({ id: bookingWaitingList.id })
      .from(bookingWaitingList)
      .where(and(eq(bookingWaitingList.sessionId, sessionId), eq(bookingWaitingList.status, "waiting")))
      .orderBy(asc(bookingWaitingList.createdAt), asc(bookingWaitingList.id))
      .limit(1)
      .for("update", { skipLocked: true });
    if (next) {
      const expires = new Date(Math.min(now.getTime() + OFFER_HOURS * 3_600_000, session.closes.getTime()));
      const [offer] = await tx
        .update(bookingWaitingList)
        .set({ status: "offered", offeredAt: now, offerExpiresAt: expires })
        .where(eq(bookingWaitingList.id, next.id))
        .returning();
      return offer!;
    }
  }
  await tx.update(bookingSessions).set({ booked: sql`${bookingSessions.booked} - 1` }).where(eq(bookingSessions.id, sessionId));
  return null;
}

/** The offered person takes the held place: a confirmed booking, with no change to the counter. */
export async function acceptOffer(db: TDatabase, offerId: string, now = new Date()): Promise<{ outcome: "confirmed"; booking: TBookingRow } | { outcome: "expired" | "not-found" }> {
  return db.transaction(async (tx) => {
    const [offer] = await tx.select().from(bookingWaitingList).where(eq(bookingWaitingList.id, offerId)).for("update");
    if (!offer) return { outcome: "not-found" as const };
    if (offer.status === "accepted") {
      const [existing] = await tx.select().from(bookings).where(eq(bookings.idempotencyKey, `offer:${offer.id}`));
      if (existing) return { outcome: "confirmed" as const, booking: existing };
    }
    if (offer.status !== "offered" || !offer.offerExpiresAt || offer.offerExpiresAt <= now) return { outcome: "expired" as const };
    await tx.update(bookingWaitingList).set({ status: "accepted" }).where(eq(bookingWaitingList.id, offer.id));
    const [booking] = await tx
      .insert(bookings)
      .values({
        sessionId: offer.sessionId,
        idempotencyKey: `offer:${offer.id}`,
        ...contactColumns({ name: offer.name, email: offer.email, mobile: offer.mobile, locale: offer.locale, userId: offer.userId }),
      })
      .returning();
    const [session] = await tx.select({ startsAt: bookingSessions.startsAt }).from(bookingSessions).where(eq(bookingSessions.id, offer.sessionId));
    await queueReminders(tx, booking!.id, session!.startsAt, now);
    return { outcome: "confirmed" as const, booking: booking! };
  });
}

/** Offers whose time ran out pass to the next person (or free the place). Run by the job runner; `now` is injectable for tests. */
export async function expireOffers(db: TDatabase, now = new Date()): Promise<TOffer[]> {
  const expired = await db
    .select({ id: bookingWaitingList.id, sessionId: bookingWaitingList.sessionId })
    .from(bookingWaitingList)
    .where(and(eq(bookingWaitingList.status, "offered"), lte(bookingWaitingList.offerExpiresAt, now)));
  const newOffers: TOffer[] = [];
  for (const row of expired) {
    const offer = await db.transaction(async (tx) => {
      const changed = await tx
        .update(bookingWaitingList)
        .set({ status: "expired" })
        .where(and(eq(bookingWaitingList.id, row.id), eq(bookingWaitingList.status, "offered")))
        .returning({ id: bookingWaitingList.id });
      return changed.length ? passOnFreedPlace(tx, row.sessionId, now) : null;
    });
    if (offer) newOffers.push(offer);
  }
  return newOffers;
}
