import { parseEnv } from "./lib/env";

// Environment variables are checked at start, so a misconfigured server stops with a clear message instead of
// failing on a resident's request.
try {
  parseEnv(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// Booking reminders and waiting-list expiry: a timer in this process, work claimed in PostgreSQL
// (see lib/booking/job-runner.ts). BOOKING_JOBS_INTERVAL_MS=0 turns it off.
const { startBookingJobs } = await import("./lib/booking/job-runner");
startBookingJobs(Number(process.env.BOOKING_JOBS_INTERVAL_MS ?? 60_000));
