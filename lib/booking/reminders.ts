import "server-only";
import { and, asc, eq, isNull, lte, notInArray, sql } from "drizzle-orm";
import type { TDatabase, TDbOrTx } from "@/db/client";
import { bookingReminders, bookingSessions, bookings } from "@/db/schema";
import { logger } from "@/lib/log";

const HOUR = 3_600_000;
/** Reminders go 48 hours and 2 hours before the (first) meeting. */
export const reminderOffsets = { "48h": 48 * HOUR, "2h": 2 * HOUR } as const;
export type TReminderKind = keyof typeof reminderOffsets;

/**
 * Queues the reminders for a new booking, in the booking's transaction. A reminder whose time has already
 * passed (booked the evening before) is not queued: the confirmation has just told them.
 */
export async function queueReminders(tx: TDbOrTx, bookingId: string, startsAt: Date, now: Date) {
  const rows = (Object.keys(reminderOffsets) as TReminderKind[])
    .map((kind) => ({ bookingId, kind, dueAt: new Date(startsAt.getTime() - reminderOffsets[kind]) }))
    .filter((r) => r.dueAt > now);
  if (rows.length) await tx.insert(bookingReminders).values(rows).onConflictDoNothing();
}

export type TDueReminder = {
  reminderId: string;
  kind: TReminderKind;
  bookingId: string;
  sessionId: string;
  name: string;
  email: string | null;
  mobile: string | null;
  locale: string;
  startsAt: Date;
};

/**
 * Sends the reminders that are due at `now`, each once. A reminder is claimed (marked sent) in a short
 * transaction with FOR UPDATE SKIP LOCKED, so two runners never take the same row; the message is sent after
 * that transaction commits, because on PGlite (one connection) a send that writes the outbox inside it would
 * wait for itself. If the send fails the claim is undone and the next run tries again. A reminder for a booking
 * no longer confirmed, or whose start has passed, is skipped. `now` is a parameter so tests can move the clock.
 */
export async function sendDueReminders(db: TDatabase, now: Date, send: (r: TDueReminder) => Promise<void>, batch = 50): Promise<TDueReminder[]> {
  const sent: TDueReminder[] = [];
  const failed: string[] = [];
  for (;;) {
    const claimed = await db.transaction(async (tx) => {
      const [row] = await tx
        .select({
          reminderId: bookingReminders.id,
          kind: bookingReminders.kind,
          bookingId: bookings.id,
          sessionId: bookings.sessionId,
          status: bookings.status,
          name: bookings.name,
          email: bookings.email,
          mobile: bookings.mobile,
          locale: bookings.locale,
          startsAt: bookingSessions.startsAt,
        })
        .from(bookingReminders)
        .innerJoin(bookings, eq(bookings.id, bookingReminders.bookingId))
        .innerJoin(bookingSessions, eq(bookingSessions.id, bookings.sessionId))
        .where(
          and(
            isNull(bookingReminders.sentAt),
            isNull(bookingReminders.skippedAt),
            lte(bookingReminders.dueAt, now),
            failed.length ? notInArray(bookingReminders.id, failed) : undefined,
          ),
        )
        .orderBy(asc(bookingReminders.dueAt))
        .limit(1)
        .for("update", { of: bookingReminders, skipLocked: true });
      if (!row) return null;
      if (row.status !== "confirmed" || row.startsAt <= now) {
        await tx.update(bookingReminders).set({ skippedAt: now }).where(eq(bookingReminders.id, row.reminderId));
        return "skipped" as const;
      }
      await tx.update(bookingReminders).set({ sentAt: now }).where(eq(bookingReminders.id, row.reminderId));
      const reminder: TDueReminder = { reminderId: row.reminderId, kind: row.kind, bookingId: row.bookingId, sessionId: row.sessionId, name: row.name, email: row.email, mobile: row.mobile, locale: row.locale, startsAt: row.startsAt };
      return reminder;
    });
    if (claimed === null) break;
    if (claimed === "skipped") continue;
    try {
      await send(claimed);
      sent.push(claimed);
    } catch (error) {
      await db.update(bookingReminders).set({ sentAt: null }).where(eq(bookingReminders.id, claimed.reminderId));
      failed.push(claimed.reminderId);
      logger.error({ event: "booking.reminder_failed", err: error });
    }
    if (sent.length + failed.length >= batch) break;
  }
  return sent;
}

/** How many reminders are waiting, for the health page and tests. */
export async function countQueuedReminders(db: TDbOrTx, bookingId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(bookingReminders)
    .where(and(eq(bookingReminders.bookingId, bookingId), isNull(bookingReminders.sentAt), isNull(bookingReminders.skippedAt)));
  return row!.n;
}
