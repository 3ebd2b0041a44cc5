import "server-only";
import { and, asc, eq, gt, isNull, lte, sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db/client";
import { bookingSessionMeetings, bookingSessions, wellbeingServices } from "@/db/schema";

export type TSessionView = {
  id: string;
  serviceSlug: string;
  serviceName: typeof wellbeingServices.$inferSelect.name;
  kind: "appointment" | "course";
  mode: "in_person" | "telephone" | "online";
  venueName: string | null;
  venueAddress: string | null;
  venuePostcode: string | null;
  town: string | null;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  placesLeft: number;
  meetings: number;
};

const columns = {
  id: bookingSessions.id,
  serviceSlug: wellbeingServices.slug,
  serviceName: wellbeingServices.name,
  kind: bookingSessions.kind,
  mode: bookingSessions.mode,
  venueName: bookingSessions.venueName,
  venueAddress: bookingSessions.venueAddress,
  venuePostcode: bookingSessions.venuePostcode,
  town: bookingSessions.town,
  startsAt: bookingSessions.startsAt,
  endsAt: bookingSessions.endsAt,
  capacity: bookingSessions.capacity,
  placesLeft: sql<number>`(${bookingSessions.capacity} - ${bookingSessions.booked})::int`,
  meetings: sql<number>`greatest(1, (select count(*)::int from ${bookingSessionMeetings} where ${bookingSessionMeetings.sessionId} = ${bookingSessions.id}))`,
};

/** Sessions open for booking now, for one service (and optionally one way of attending), soonest first. */
export async function listBookableSessions(db: TDbOrTx, serviceSlug: string, now: Date, mode?: string): Promise<TSessionView[]> {
  return db
    .select(columns)
    .from(bookingSessions)
    .innerJoin(wellbeingServices, eq(wellbeingServices.id, bookingSessions.serviceId))
    .where(
      and(
        eq(wellbeingServices.slug, serviceSlug),
        eq(wellbeingServices.bookable, true),
        isNull(bookingSessions.withdrawnAt),
        lte(bookingSessions.bookingOpensAt, now),
        gt(bookingSessions.bookingClosesAt, now),
        mode ? sql`${bookingSessions.mode} = ${mode}` : undefined,
      ),
    )
    .orderBy(asc(bookingSessions.startsAt))
    .limit(200) as Promise<TSessionView[]>;
}

export async function getSession(db: TDbOrTx, sessionId: string): Promise<TSessionView | null> {
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return null;
  const [row] = await db
    .select(columns)
    .from(bookingSessions)
    .innerJoin(wellbeingServices, eq(wellbeingServices.id, bookingSessions.serviceId))
    .where(eq(bookingSessions.id, sessionId));
  return (row as TSessionView | undefined) ?? null;
}
