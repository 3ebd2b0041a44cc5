import pino from "pino";

/**
 * Structured logs. Personal and health data must never be logged; these paths are redacted as a safety net
 * in case an object carrying them is passed in by mistake.
 */
export const REDACT_PATHS = [
  "email",
  "*.email",
  "to",
  "*.to",
  "recipient",
  "phone",
  "*.phone",
  "name",
  "*.name",
  "postcode",
  "*.postcode",
  "password",
  "*.password",
  "code",
  "*.code",
  "token",
  "*.token",
  "answers",
  "*.answers",
  "body",
  "*.body",
  "notes",
  "*.notes",
  "req.headers.cookie",
  "req.headers.authorization",
  "headers.cookie",
];

export function createLogger(destination?: pino.DestinationStream) {
  return pino(
    {
      level: process.env.LOG_LEVEL ?? (process.env.APP_ENV === "test" ? "warn" : "info"),
      base: { service: "wellbeing-portal" },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

const globalForLog = globalThis as unknown as { __portalLogger?: pino.Logger };
export const logger: pino.Logger = (globalForLog.__portalLogger ??= createLogger());
