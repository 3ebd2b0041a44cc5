import { describe, expect, it } from "vitest";
import { signBookingToken, verifyBookingToken } from "./links";

const secret = "a-test-secret-that-is-long-enough-123456";

describe("signed booking links", () => {
  it("accepts the token made for that booking and purpose only", () => {
    const token = signBookingToken("manage", "booking-1", secret);
    expect(verifyBookingToken("manage", "booking-1", token, secret)).toBe(true);
    expect(verifyBookingToken("manage", "booking-2", token, secret)).toBe(false);
    expect(verifyBookingToken("ics", "booking-1", token, secret)).toBe(false);
    expect(verifyBookingToken("manage", "booking-1", token, "another-secret-another-secret-another")).toBe(false);
    expect(verifyBookingToken("manage", "booking-1", token.slice(0, -1), secret)).toBe(false);
    expect(verifyBookingToken("manage", "booking-1", undefined, secret)).toBe(false);
  });
});
