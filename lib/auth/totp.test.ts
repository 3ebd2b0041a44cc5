import { describe, expect, it } from "vitest";
import { matchTotpStep, totpCode } from "./totp";

const SECRET = "JBSWY3DPEHPK3PXPADMINAAA";

describe("TOTP", () => {
  it("accepts the current code and returns its time-step", () => {
    const now = Date.now();
    expect(matchTotpStep(SECRET, totpCode(SECRET, now), now)).toBe(Math.floor(now / 30000));
  });
  it("refuses a code from two minutes ago", () => {
    expect(matchTotpStep(SECRET, totpCode(SECRET, Date.now() - 120_000))).toBeNull();
  });
  it("refuses anything that is not six digits", () => {
    for (const code of ["", "12345", "1234567", "abcdef", "12 456"]) expect(matchTotpStep(SECRET, code)).toBeNull();
  });
});
