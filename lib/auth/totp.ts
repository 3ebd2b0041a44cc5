import { authenticator } from "otplib";

// RFC 6238 defaults used by every authenticator app: 30-second steps, 6 digits, SHA-1.
// One step of clock drift either side is accepted.
authenticator.options = { step: 30, window: 1, digits: 6 };

export const generateTotpSecret = () => authenticator.generateSecret(20);
export const totpCode = (secret: string, epochMs = Date.now()) => {
  const previous = authenticator.options;
  authenticator.options = { ...previous, epoch: epochMs };
  try {
    return authenticator.generate(secret);
  } finally {
    authenticator.options = previous;
  }
};
export const totpUri = (email: string, secret: string) => authenticator.keyuri(email, "Northamptonshire Wellbeing Portal", secret);

/**
 * Checks a code and returns the time-step it matched, or null. The caller stores the step and refuses a step
 * at or before the last one used, so a code seen over someone's shoulder cannot be replayed.
 */
export function matchTotpStep(secret: string, code: string, epochMs = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = authenticator.checkDelta(code, secret);
  if (delta === null) return null;
  return Math.floor(epochMs / 1000 / 30) + delta;
}
