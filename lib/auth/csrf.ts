import { createHash, randomBytes } from "node:crypto";

/**
 * next-auth v4 protects its POST endpoints with a double-submit CSRF cookie. Its own pages set that cookie
 * through client-side JavaScript; our sign-in pages are plain HTML forms that must work without JavaScript,
 * so proxy.ts sets the cookie in the same format next-auth checks (`token|sha256(token + secret)`).
 */
export const csrfCookieName = (secure: boolean) => (secure ? "__Host-next-auth.csrf-token" : "next-auth.csrf-token");

export function createCsrfCookieValue(secret: string): { token: string; value: string } {
  const token = randomBytes(32).toString("hex");
  const hash = createHash("sha256").update(`${token}${secret}`).digest("hex");
  return { token, value: `${token}|${hash}` };
}

export function readCsrfToken(cookieValue: string | undefined, secret: string): string | null {
  if (!cookieValue) return null;
  const [token, hash] = cookieValue.split("|");
  if (!token || !hash) return null;
  return createHash("sha256").update(`${token}${secret}`).digest("hex") === hash ? token : null;
}
