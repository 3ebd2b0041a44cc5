import "server-only";
import { getDb } from "@/lib/db";
import { logger } from "@/lib/log";
import { getSession } from "./list-sessions";
import { sendBookingMessage, sendOffer } from "./notify-booking";
import { sendDueReminders } from "./reminders";
import { expireOffers } from "./waiting-list";

/**
 * The booking background work, run in the app's own Node process (started from instrumentation.ts): send due
 * reminders and pass on waiting-list offers that ran out. Every instance may run it: rows are claimed with
 * SKIP LOCKED, so each reminder is sent once. No queue server is needed.
 */
export async function runBookingJobs(now = new Date()) {
  const db = await getDb();
  const reminders = await sendDueReminders(db, now, async (r) => {
    const session = await getSession(db, r.sessionId);
    if (session) await sendBookingMessage("bookingReminder", session, { id: r.bookingId, name: r.name, email: r.email, mobile: r.mobile, locale: r.locale });
  });
  const offers = await expireOffers(db, now);
  for (const offer of offers) await sendOffer(offer);
  if (reminders.length || offers.length) logger.info({ event: "booking.jobs", reminders: reminders.length, offers: offers.length });
}

const globalForJobs = globalThis as unknown as { __bookingJobs?: NodeJS.Timeout };

export function startBookingJobs(intervalMs: number) {
  if (globalForJobs.__bookingJobs || intervalMs <= 0) return;
  let running = false;
  globalForJobs.__bookingJobs = setInterval(() => {
    if (running) return;
    running = true;
    runBookingJobs()
      .catch((err: unknown) => logger.error({ event: "booking.jobs_failed", err }))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  globalForJobs.__bookingJobs.unref();
}
