import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { wellbeingServices } from "./services";

export const sessionMode = pgEnum("booking_session_mode", ["in_person", "telephone", "online"]);
export const sessionKind = pgEnum("booking_session_kind", ["appointment", "course"]);
export const bookingStatus = pgEnum("booking_status", ["confirmed", "cancelled", "moved", "attended", "did_not_attend"]);
export const waitingStatus = pgEnum("booking_waiting_status", ["waiting", "offered", "accepted", "expired", "withdrawn"]);

/**
 * A time that staff publish for one of the bookable services (stop smoking, weight management): a one-off
 * appointment, or a course whose meetings are in `booking_session_meetings` and which is booked as ONE place.
 *
 * `booked` counts places held (confirmed, attended, did not attend). It is changed only by the booking services,
 * atomically, in the same transaction as the booking row; the CHECK makes overbooking impossible even if a
 * future code path forgets to test for room (docs/decisions/030).
 */
export const bookingSessions = pgTable(
  "booking_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => wellbeingServices.id),
    kind: sessionKind("kind").notNull().default("appointment"),
    mode: sessionMode("mode").notNull(),
    /** For in-person sessions: a library, community centre or pharmacy. Venue names are proper nouns. */
    venueName: text("venue_name"),
    venueAddress: text("venue_address"),
    venuePostcode: text("venue_postcode"),
    town: text("town"),
    /** First (or only) meeting, UTC. */
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    capacity: integer("capacity").notNull(),
    booked: integer("booked").notNull().default(0),
    bookingOpensAt: timestamp("booking_opens_at", { withTimezone: true }).notNull(),
    /** The cut-off: no new bookings, moves or offers after this. */
    bookingClosesAt: timestamp("booking_closes_at", { withTimezone: true }).notNull(),
    /** Demo and test data key, so seeding twice does not duplicate sessions. */
    externalRef: text("external_ref").unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
  },
  (t) => [
    index("booking_sessions_service_start_idx").on(t.serviceId, t.startsAt),
    check("booking_sessions_capacity_positive", sql`${t.capacity} > 0`),
    check("booking_sessions_booked_within_capacity", sql`${t.booked} >= 0 and ${t.booked} <= ${t.capacity}`),
    check("booking_sessions_ends_after_start", sql`${t.endsAt} > ${t.startsAt}`),
    check("booking_sessions_window", sql`${t.bookingOpensAt} < ${t.bookingClosesAt} and ${t.bookingClosesAt} <= ${t.startsAt}`),
    check("booking_sessions_venue", sql`${t.mode} <> 'in_person' or (${t.venueName} is not null and ${t.venuePostcode} is not null)`),
  ],
);

/** Every meeting of a course (week 1 … week 12). Appointments have none: their one meeting is the session. */
export const bookingSessionMeetings = pgTable(
  "booking_session_meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => bookingSessions.id, { onDelete: "cascade" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("booking_session_meetings_unique").on(t.sessionId, t.startsAt), check("booking_session_meetings_order", sql`${t.endsAt} > ${t.startsAt}`)],
);

/**
 * A resident's place. Residents may book without an account, so contact details live on the booking;
 * `residentKey` (the account id, else the normalised email, else the mobile) identifies "the same person"
 * for the one-place-per-session rule.
 */
export const bookings = pgTable(
  "bookings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => bookingSessions.id),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    residentKey: text("resident_key").notNull(),
    name: text("name").notNull(),
    email: text("email"),
    mobile: text("mobile"),
    locale: text("locale").notNull().default("en"),
    status: bookingStatus("status").notNull().default("confirmed"),
    /** Pregnant smokers are seen first (NICE NG209): shown on the staff roster. */
    prioritised: boolean("prioritised").notNull().default(false),
    /** Sent by the form (one per visit to "check your answers"), so a double-click or re-send books once. */
    idempotencyKey: text("idempotency_key").notNull(),
    /** When this booking was moved, the booking that replaced it. */
    movedToId: uuid("moved_to_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("bookings_idempotency_key_unique").on(t.idempotencyKey),
    uniqueIndex("bookings_one_place_per_resident")
      .on(t.sessionId, t.residentKey)
      .where(sql`${t.status} in ('confirmed', 'attended', 'did_not_attend')`),
    index("bookings_session_idx").on(t.sessionId, t.status),
    index("bookings_user_idx").on(t.userId),
    check("bookings_contact", sql`${t.email} is not null or ${t.mobile} is not null`),
  ],
);

/** The waiting list for a full session. When a place frees, the first person waiting is offered it until `offerExpiresAt`. */
export const bookingWaitingList = pgTable(
  "booking_waiting_list",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => bookingSessions.id),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    residentKey: text("resident_key").notNull(),
    name: text("name").notNull(),
    email: text("email"),
    mobile: text("mobile"),
    locale: text("locale").notNull().default("en"),
    status: waitingStatus("status").notNull().default("waiting"),
    offeredAt: timestamp("offered_at", { withTimezone: true }),
    offerExpiresAt: timestamp("offer_expires_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("booking_waiting_list_one_per_resident")
      .on(t.sessionId, t.residentKey)
      .where(sql`${t.status} in ('waiting', 'offered')`),
    index("booking_waiting_list_queue_idx").on(t.sessionId, t.status, t.createdAt),
    check("booking_waiting_list_contact", sql`${t.email} is not null or ${t.mobile} is not null`),
  ],
);

export const reminderKind = pgEnum("booking_reminder_kind", ["48h", "2h"]);

/**
 * The reminder queue, in PostgreSQL (no other infrastructure). One row per booking and kind: the unique key
 * means a reminder is queued once, and `sentAt`, set in the transaction that holds the row
 * (`FOR UPDATE SKIP LOCKED`), means it is sent once even with several app instances running the job.
 */
export const bookingReminders = pgTable(
  "booking_reminders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bookingId: uuid("booking_id")
      .notNull()
      .references(() => bookings.id, { onDelete: "cascade" }),
    kind: reminderKind("kind").notNull(),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** Set when the booking was cancelled or moved before the reminder was due. */
    skippedAt: timestamp("skipped_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("booking_reminders_once").on(t.bookingId, t.kind), index("booking_reminders_due_idx").on(t.dueAt).where(sql`${t.sentAt} is null and ${t.skippedAt} is null`)],
);

export const smokingOutcome = pgEnum("booking_smoking_outcome", ["quit_co_validated", "quit_self_reported", "not_quit", "lost_to_follow_up"]);

/** What staff record after a booking: feeds the reports issue. Weights in grams to avoid floating point. */
export const bookingOutcomes = pgTable(
  "booking_outcomes",
  {
    bookingId: uuid("booking_id")
      .primaryKey()
      .references(() => bookings.id, { onDelete: "cascade" }),
    /** Stop smoking: the 4-week quit, CO-validated or self-reported (NCSCT). */
    smoking4Week: smokingOutcome("smoking_4_week"),
    /** Weight management: weights at week 0 and week 12. */
    weightWeek0Grams: integer("weight_week0_grams"),
    weightWeek12Grams: integer("weight_week12_grams"),
    recordedBy: uuid("recorded_by").references(() => users.id, { onDelete: "set null" }),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("booking_outcomes_weights", sql`(${t.weightWeek0Grams} is null or ${t.weightWeek0Grams} between 20000 and 400000) and (${t.weightWeek12Grams} is null or ${t.weightWeek12Grams} between 20000 and 400000)`),
  ],
);
