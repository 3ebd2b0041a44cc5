import "server-only";
import { eq } from "drizzle-orm";
import type { TDbOrTx } from "@/db/client";
import { bookingWaitingList, bookings } from "@/db/schema";
import { verifyBookingToken } from "./links";
import { getSession } from "./list-sessions";

const isUuid = (id: string) => /^[0-9a-f-]{36}$/i.test(id);

/** A booking and its session, only with the signed token made for it: without it, nothing (a 404 to the caller). */
export async function getBookingWithToken(db: TDbOrTx, id: string, token: string | undefined, purpose: "manage" | "ics" = "manage") {
  if (!isUuid(id) || !verifyBookingToken(purpose, id, token)) return null;
  const [booking] = await db.select().from(bookings).where(eq(bookings.id, id));
  if (!booking) return null;
  const session = await getSession(db, booking.sessionId);
  return session ? { booking, session } : null;
}

export async function getOfferWithToken(db: TDbOrTx, id: string, token: string | undefined) {
  if (!isUuid(id) || !verifyBookingToken("offer", id, token)) return null;
  const [offer] = await db.select().from(bookingWaitingList).where(eq(bookingWaitingList.id, id));
  if (!offer) return null;
  const session = await getSession(db, offer.sessionId);
  return session ? { offer, session } : null;
}
