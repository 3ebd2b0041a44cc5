import "server-only";
import { and, desc, eq, gt, inArray, or } from "drizzle-orm";
import type { TDbOrTx } from "@/db/client";
import { bookingSessions, bookings, wellbeingServices } from "@/db/schema";
import { normaliseEmail } from "@/lib/accounts/normalise-email";

/** A signed-in resident's upcoming bookings: made while signed in, or with their (verified) email address. */
export async function listMyBookings(db: TDbOrTx, user: { id: string; email: string }, now = new Date()) {
  return db
    .select({
      id: bookings.id,
      status: bookings.status,
      serviceName: wellbeingServices.name,
      startsAt: bookingSessions.startsAt,
      mode: bookingSessions.mode,
      venueName: bookingSessions.venueName,
    })
    .from(bookings)
    .innerJoin(bookingSessions, eq(bookingSessions.id, bookings.sessionId))
    .innerJoin(wellbeingServices, eq(wellbeingServices.id, bookingSessions.serviceId))
    .where(
      and(
        or(eq(bookings.userId, user.id), eq(bookings.email, normaliseEmail(user.email))),
        inArray(bookings.status, ["confirmed", "attended", "did_not_attend"]),
        gt(bookingSessions.endsAt, new Date(now.getTime() - 30 * 86_400_000)),
      ),
    )
    .orderBy(desc(bookingSessions.startsAt))
    .limit(50);
}
