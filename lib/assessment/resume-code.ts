import { createHash, randomInt } from "node:crypto";

/**
 * Resume codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B, U/V), about
 * 36 bits, shown as "KM7P 3XRT". Only a SHA-256 hash is stored; a code on its own reveals nothing. Resume
 * attempts are rate limited per client (lib/auth/rate-limit.ts) so the space cannot be walked.
 */
export const RESUME_ALPHABET = "ACDEFGHJKMNPQRTWXY34679";
export const RESUME_CODE_LENGTH = 8;

export function generateResumeCode(): string {
  return Array.from({ length: RESUME_CODE_LENGTH }, () => RESUME_ALPHABET[randomInt(RESUME_ALPHABET.length)]).join("");
}

/** Upper-cases and drops spaces and dashes; null unless the result is a well-formed code. */
export function normaliseResumeCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== RESUME_CODE_LENGTH) return null;
  for (const ch of code) if (!RESUME_ALPHABET.includes(ch)) return null;
  return code;
}

export function formatResumeCode(code: string): string {
  return `${code.slice(0, 4)} ${code.slice(4)}`;
}

export function hashResumeCode(code: string): string {
  return createHash("sha256").update(`assessment-resume:${code}`).digest("hex");
}
