import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkLimit, clearFailures, LIMITS, recordAttempt } from "./rate-limit";

describe("sign-in rate limits", () => {
  it("locks a staff account after five failures within 15 minutes, and says for how long", async () => {
    const key = `${randomUUID()}@example.org`;
    for (let i = 0; i < LIMITS.staffFailuresPerAccount - 1; i++) await recordAttempt(key, "staff-password", false);
    expect((await checkLimit(key, "staff-password", LIMITS.staffFailuresPerAccount, true)).limited).toBe(false);
    await recordAttempt(key, "staff-password", false);
    const locked = await checkLimit(key, "staff-password", LIMITS.staffFailuresPerAccount, true);
    expect(locked.limited).toBe(true);
    expect(locked.retryAfterMinutes).toBeGreaterThanOrEqual(14);
    expect(locked.retryAfterMinutes).toBeLessThanOrEqual(15);
  });

  it("unlocks when the window has passed", async () => {
    const key = `${randomUUID()}@example.org`;
    for (let i = 0; i < LIMITS.staffFailuresPerAccount; i++) await recordAttempt(key, "staff-password", false);
    const later = new Date(Date.now() + 16 * 60 * 1000);
    expect((await checkLimit(key, "staff-password", LIMITS.staffFailuresPerAccount, true, later)).limited).toBe(false);
  });

  it("does not count successes as failures, and a success clears earlier failures", async () => {
    const key = `${randomUUID()}@example.org`;
    for (let i = 0; i < 4; i++) await recordAttempt(key, "staff-password", false);
    await recordAttempt(key, "staff-password", true);
    await clearFailures(key, "staff-password");
    await recordAttempt(key, "staff-password", false);
    expect((await checkLimit(key, "staff-password", LIMITS.staffFailuresPerAccount, true)).limited).toBe(false);
  });

  it("limits email links per address", async () => {
    const key = `${randomUUID()}@example.org`;
    for (let i = 0; i < LIMITS.emailLinksPerAddress; i++) await recordAttempt(key, "email-link", true);
    expect((await checkLimit(key, "email-link", LIMITS.emailLinksPerAddress, false)).limited).toBe(true);
    expect((await checkLimit(`${randomUUID()}@example.org`, "email-link", LIMITS.emailLinksPerAddress, false)).limited).toBe(false);
  });
});
