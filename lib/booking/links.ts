import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/**
 * Signed links let a resident manage a booking without signing in. The token is an HMAC-SHA256 of the purpose
 * and the booking (or waiting-list entry) id with NEXTAUTH_SECRET: it cannot be guessed or moved to another id.
 */
export type TLinkPurpose = "manage" | "ics" | "offer";

export function signBookingToken(purpose: TLinkPurpose, id: string, secret = env().NEXTAUTH_SECRET): string {
  return createHmac("sha256", secret).update(`booking:${purpose}:${id}`).digest("base64url");
}

export function verifyBookingToken(purpose: TLinkPurpose, id: string, token: string | null | undefined, secret = env().NEXTAUTH_SECRET): boolean {
  if (!token) return false;
  const expected = Buffer.from(signBookingToken(purpose, id, secret));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
