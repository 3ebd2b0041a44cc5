/**
 * Runs once when the server starts. Environment variables are checked here so that a misconfigured server stops
 * at start with a clear message instead of failing on a resident's request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { parseEnv } = await import("./lib/env");
  try {
    parseEnv(process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  // Booking reminders and waiting-list expiry: a timer in this process, work claimed in PostgreSQL (see lib/booking/job-runner.ts).
  const { startBookingJobs } = await import("./lib/booking/job-runner");
  startBookingJobs(Number(process.env.BOOKING_JOBS_INTERVAL_MS ?? 60_000));
}
