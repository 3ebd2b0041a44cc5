import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("runs with nothing set, on PGlite with the outbox", () => {
    const env = parseEnv({});
    expect(env.APP_ENV).toBe("development");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.NOTIFY_BACKEND).toBe("outbox");
    expect(env.NEXTAUTH_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it("refuses production without a secret, a database and GOV.UK Notify, naming each", () => {
    expect(() => parseEnv({ APP_ENV: "production" })).toThrow(/NEXTAUTH_SECRET[\s\S]*DATABASE_URL[\s\S]*NOTIFY_API_KEY/);
  });

  it("explains a malformed database URL", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must be a postgres:\/\/ connection string/);
  });

  it("accepts a complete production configuration", () => {
    const env = parseEnv({
      APP_ENV: "production",
      NEXTAUTH_SECRET: "x".repeat(40),
      DATABASE_URL: "postgres://db/portal",
      NOTIFY_API_KEY: "key-" + "a".repeat(40),
      NOTIFY_EMAIL_TEMPLATE_ID: "3f1c7a2e-5b7d-4c1a-9e2f-8d6b4a1c0e9f",
      NOTIFY_SMS_TEMPLATE_ID: "7a2e3f1c-4c1a-5b7d-9e2f-0e9f8d6b4a1c",
    });
    expect(env.NOTIFY_BACKEND).toBe("govuk");
  });
});
