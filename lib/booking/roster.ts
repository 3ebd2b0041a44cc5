import "server-only";
import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db/client";
import { advisorServices, bookingOutcomes, bookingSessions, bookings, wellbeingServices } from "@/db/schema";
import type { TCurrentUser } from "@/lib/auth/session";
import { audit } from "@/lib/audit";
import { getSession } from "./list-sessions";

type TActor = Pick<TCurrentUser, "id" | "role">;

/** The services whose sessions this person may see: an advisor's own services; every bookable one for an admin. */
function serviceScope(db: TDbOrTx, actor: TActor) {
  if (actor.role === "admin") return db.select({ id: wellbeingServices.id }).from(wellbeingServices).where(eq(wellbeingServices.bookable, true));
  return db.select({ id: advisorServices.serviceId }).from(advisorServices).where(eq(advisorServices.userId, actor.id));
}

export async function listStaffSessions(db: TDbOrTx, actor: TActor, now = new Date()) {
  if (actor.role !== "admin" && actor.role !== "advisor") return [];
  return db
    .select({
      id: bookingSessions.id,
      serviceName: wellbeingServices.name,
      mode: bookingSessions.mode,
      venueName: bookingSessions.venueName,
      startsAt: bookingSessions.startsAt,
      capacity: bookingSessions.capacity,
      booked: bookingSessions.booked,
      waiting: sql<number>`(select count(*)::int from booking_waiting_list w where w.session_id = ${bookingSessions.id} and w.status in ('waiting', 'offered'))`,
    })
    .from(bookingSessions)
    .innerJoin(wellbeingServices, eq(wellbeingServices.id, bookingSessions.serviceId))
    .where(and(inArray(bookingSessions.serviceId, serviceScope(db, actor)), gt(bookingSessions.endsAt, new Date(now.getTime() - 14 * 86_400_000))))
    .orderBy(asc(bookingSessions.startsAt))
    .limit(200);
}

export type TRosterRow = {
  bookingId: string;
  name: string;
  email: string | null;
  mobile: string | null;
  status: (typeof bookings.$inferSelect)["status"];
  prioritised: boolean;
  smoking4Week: (typeof bookingOutcomes.$inferSelect)["smoking4Week"];
  weightWeek0Grams: number | null;
  weightWeek12Grams: number | null;
};

/** A session and the people holding places, or null when it is not one of this person's services (a 404). Audited. */
export async function getRoster(db: TDbOrTx, actor: TActor, sessionId: string) {
  const session = await getSession(db, sessionId);
  if (!session) return null;
  const [allowed] = await db
    .select({ id: bookingSessions.id })
    .from(bookingSessions)
    .where(and(eq(bookingSessions.id, sessionId), inArray(bookingSessions.serviceId, serviceScope(db, actor))));
  if (!allowed) return null;
  const rows: TRosterRow[] = await db
    .select({
      bookingId: bookings.id,
      name: bookings.name,
      email: bookings.email,
      mobile: bookings.mobile,
      status: bookings.status,
      prioritised: bookings.prioritised,
      smoking4Week: bookingOutcomes.smoking4Week,
      weightWeek0Grams: bookingOutcomes.weightWeek0Grams,
      weightWeek12Grams: bookingOutcomes.weightWeek12Grams,
    })
    .from(bookings)
    .leftJoin(bookingOutcomes, eq(bookingOutcomes.bookingId, bookings.id))
    .where(and(eq(bookings.sessionId, sessionId), inArray(bookings.status, ["confirmed", "attended", "did_not_attend"])))
    .orderBy(sql`${bookings.prioritised} desc`, asc(bookings.name));
  await audit(actor, "booking.roster.view", "booking_session", sessionId, db);
  return { session, rows };
}

export type TOutcomeInput = {
  status: "attended" | "did_not_attend" | "confirmed";
  smoking4Week?: "quit_co_validated" | "quit_self_reported" | "not_quit" | "lost_to_follow_up" | null;
  weightWeek0Grams?: number | null;
  weightWeek12Grams?: number | null;
};

/** Marks attendance and records outcomes for one booking in a session this person may see. False if not permitted. */
export async function recordOutcome(db: TDbOrTx, actor: TActor, bookingId: string, input: TOutcomeInput): Promise<boolean> {
  const [booking] = await db
    .select({ id: bookings.id, sessionId: bookings.sessionId })
    .from(bookings)
    .innerJoin(bookingSessions, eq(bookingSessions.id, bookings.sessionId))
    .where(and(eq(bookings.id, bookingId), inArray(bookings.status, ["confirmed", "attended", "did_not_attend"]), inArray(bookingSessions.serviceId, serviceScope(db, actor))));
  if (!booking) return false;
  await db.update(bookings).set({ status: input.status, updatedAt: new Date() }).where(eq(bookings.id, bookingId));
  const outcome = {
    smoking4Week: input.smoking4Week ?? null,
    weightWeek0Grams: input.weightWeek0Grams ?? null,
    weightWeek12Grams: input.weightWeek12Grams ?? null,
    recordedBy: actor.id,
    recordedAt: new Date(),
  };
  await db.insert(bookingOutcomes).values({ bookingId, ...outcome }).onConflictDoUpdate({ target: bookingOutcomes.bookingId, set: outcome });
  await audit(actor, "booking.outcome.record", "booking", bookingId, db);
  return true;
}

const csvCell = (v: string | number | null | undefined) => {
  const s = v === null || v === undefined ? "" : String(v);
  // A leading = + - @ would run as a formula in a spreadsheet (CSV injection): prefix it.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The roster as CSV (UTF-8 with a byte-order mark so Excel shows Polish or Urdu names correctly). */
export function rosterCsv(rows: TRosterRow[], headings: string[]): string {
  const kg = (g: number | null) => (g === null ? "" : (g / 1000).toFixed(1));
  const lines = [headings, ...rows.map((r) => [r.name, r.email, r.mobile, r.status, r.prioritised ? "yes" : "", r.smoking4Week, kg(r.weightWeek0Grams), kg(r.weightWeek12Grams)])];
  return "\uFEFF" + lines.map((l) => l.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
