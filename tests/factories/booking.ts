import { eq } from "drizzle-orm";
import type { TDbOrTx } from "@/db/client";
import { bookingSessionMeetings, bookingSessions, wellbeingServices } from "@/db/schema";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type TSessionSpec = {
  serviceSlug: "stop-smoking" | "weight-management";
  startsAt: Date;
  durationMinutes?: number;
  capacity?: number;
  mode?: "in_person" | "telephone" | "online";
  venueName?: string;
  venueAddress?: string;
  venuePostcode?: string;
  town?: string;
  /** A course: this many weekly meetings, booked as one place. */
  weeks?: number;
  /** Defaults: bookable from 60 days before until 2 hours before the start. */
  bookingOpensAt?: Date;
  bookingClosesAt?: Date;
  externalRef?: string;
};

/** Creates (or, with the same externalRef, updates) a published session. Used by tests and the demo seed. */
export async function upsertSession(db: TDbOrTx, spec: TSessionSpec) {
  const [service] = await db.select({ id: wellbeingServices.id }).from(wellbeingServices).where(eq(wellbeingServices.slug, spec.serviceSlug));
  if (!service) throw new Error(`No service ${spec.serviceSlug}: seed reference data first`);
  const endsAt = new Date(spec.startsAt.getTime() + (spec.durationMinutes ?? 30) * 60_000);
  const mode = spec.mode ?? "in_person";
  const values = {
    serviceId: service.id,
    kind: spec.weeks && spec.weeks > 1 ? ("course" as const) : ("appointment" as const),
    mode,
    venueName: mode === "in_person" ? (spec.venueName ?? "Corby Library") : null,
    venueAddress: mode === "in_person" ? (spec.venueAddress ?? "Queen's Square, Corby") : null,
    venuePostcode: mode === "in_person" ? (spec.venuePostcode ?? "NN17 1PZ") : null,
    town: spec.town ?? (mode === "in_person" ? "Corby" : null),
    startsAt: spec.startsAt,
    endsAt,
    capacity: spec.capacity ?? 1,
    bookingOpensAt: spec.bookingOpensAt ?? new Date(spec.startsAt.getTime() - 60 * DAY),
    bookingClosesAt: spec.bookingClosesAt ?? new Date(spec.startsAt.getTime() - 2 * HOUR),
    externalRef: spec.externalRef ?? null,
  };
  const [session] = spec.externalRef
    ? await db
        .insert(bookingSessions)
        .values(values)
        .onConflictDoUpdate({ target: bookingSessions.externalRef, set: { ...values, booked: undefined } })
        .returning()
    : await db.insert(bookingSessions).values(values).returning();
  if (values.kind === "course") {
    const meetings = Array.from({ length: spec.weeks! }, (_, i) => ({
      sessionId: session!.id,
      startsAt: new Date(spec.startsAt.getTime() + i * 7 * DAY),
      endsAt: new Date(endsAt.getTime() + i * 7 * DAY),
    }));
    // Seeding again on a later day moves the course: replace its meetings rather than adding to them.
    await db.delete(bookingSessionMeetings).where(eq(bookingSessionMeetings.sessionId, session!.id));
    await db.insert(bookingSessionMeetings).values(meetings);
  }
  return session!;
}
