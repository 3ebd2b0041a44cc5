import "server-only";
import { and, eq, inArray, lt, sql } from "drizzle-orm";
import type { TDatabase, TDbOrTx } from "@/db/client";
import { bookingSessions, bookings } from "@/db/schema";
import { normaliseEmail } from "@/lib/accounts/normalise-email";
import { uniqueViolation } from "./db-errors";
import { queueReminders } from "./reminders";
import { normaliseMobile, residentKeyOf } from "./resident-key";

export type TBookingContact = { name: string; email?: string | null; mobile?: string | null; locale: string; userId?: string | null };
export type TCreateBookingInput = TBookingContact & { sessionId: string; idempotencyKey: string; prioritised?: boolean };
export type TBookingRow = typeof bookings.$inferSelect;

export type TCreateBookingResult =
  | { outcome: "confirmed"; booking: TBookingRow }
  /** The same request again (double-click, re-sent form): the first booking, not a second one. */
  | { outcome: "duplicate"; booking: TBookingRow }
  /** This person already holds a place in this session. */
  | { outcome: "already-booked" }
  /** No place left: offer the waiting list. */
  | { outcome: "full" }
  /** Before the booking window opens, after the cut-off, or withdrawn. */
  | { outcome: "closed" }
  | { outcome: "not-found" };

export const contactColumns = (c: TBookingContact) => {
  const email = c.email ? normaliseEmail(c.email) : null;
  const mobile = c.mobile ? (normaliseMobile(c.mobile) ?? c.mobile.trim()) : null;
  return { name: c.name.trim(), email, mobile, locale: c.locale, userId: c.userId ?? null, residentKey: residentKeyOf({ email, mobile }) };
};

/**
 * Takes one place, or says why not. The place is taken by one conditional UPDATE of the session's counter
 * (`booked < capacity`): PostgreSQL locks the row, and a second transaction waiting on it re-checks the
 * condition after the first commits, so concurrent bookings can never take more places than there are. The
 * counter's CHECK constraint backs this up. The booking row is inserted in the same transaction, so a
 * duplicate (same idempotency key, or same person twice) rolls the counter back.
 */
export async function takePlace(tx: TDbOrTx, sessionId: string, now: Date): Promise<{ startsAt: Date } | "full" | "closed" | "not-found"> {
  const [session] = await tx
    .select({ opens: bookingSessions.bookingOpensAt, closes: bookingSessions.bookingClosesAt, withdrawnAt: bookingSessions.withdrawnAt })
    .from(bookingSessions)
    .where(eq(bookingSessions.id, sessionId));
  if (!session) return "not-found";
  if (session.withdrawnAt || now < session.opens || now >= session.closes) return "closed";
  const taken = await tx
    .update(bookingSessions)
    .set({ booked: sql`${bookingSessions.booked} + 1` })
    .where(and(eq(bookingSessions.id, sessionId), lt(bookingSessions.booked, bookingSessions.capacity)))
    .returning({ startsAt: bookingSessions.startsAt });
  return taken[0] ?? "full";
}

export async function findBookingByKey(db: TDbOrTx, idempotencyKey: string) {
  const [row] = await db.select().from(bookings).where(eq(bookings.idempotencyKey, idempotencyKey));
  return row ?? null;
}

export const heldStatuses = ["confirmed", "attended", "did_not_attend"] as const;

async function holdsPlace(db: TDbOrTx, sessionId: string, residentKey: string) {
  const [row] = await db
    .select({ id: bookings.id })
    .from(bookings)
    .where(and(eq(bookings.sessionId, sessionId), eq(bookings.residentKey, residentKey), inArray(bookings.status, [...heldStatuses])));
  return !!row;
}

export async function createBooking(db: TDatabase, input: TCreateBookingInput, now = new Date()): Promise<TCreateBookingResult> {
  const earlier = await findBookingByKey(db, input.idempotencyKey);
  if (earlier) return { outcome: "duplicate", booking: earlier };
  const contact = contactColumns(input);
  if (await holdsPlace(db, input.sessionId, contact.residentKey)) return { outcome: "already-booked" };
  try {
    return await db.transaction(async (tx): Promise<TCreateBookingResult> => {
      const place = await takePlace(tx, input.sessionId, now);
      if (typeof place === "string") return { outcome: place };
      const [booking] = await tx
        .insert(bookings)
        .values({ sessionId: input.sessionId, idempotencyKey: input.idempotencyKey, prioritised: input.prioritised ?? false, ...contact })
        .returning();
      await queueReminders(tx, booking!.id, place.startsAt, now);
      return { outcome: "confirmed", booking: booking! };
    });
  } catch (error) {
    const constraint = uniqueViolation(error);
    // A re-sent request racing the first may trip either unique index first: look for the first one's booking.
    if (constraint === "bookings_idempotency_key_unique" || constraint === "bookings_one_place_per_resident") {
      const first = await findBookingByKey(db, input.idempotencyKey);
      if (first) return { outcome: "duplicate", booking: first };
      if (constraint === "bookings_one_place_per_resident") return { outcome: "already-booked" };
    }
    throw error;
  }
}
