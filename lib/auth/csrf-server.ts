import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { csrfCookieName, readCsrfToken } from "./csrf";

/** The CSRF token for next-auth's forms, from the cookie that proxy.ts guarantees. */
export async function csrfToken(): Promise<string> {
  const e = env();
  const jar = await cookies();
  return readCsrfToken(jar.get(csrfCookieName(e.NEXTAUTH_URL.startsWith("https://")))?.value, e.NEXTAUTH_SECRET) ?? "";
}

/** Only same-site paths under the current locale may be a callback, so a link cannot send people elsewhere. */
export function safeCallbackUrl(raw: string | undefined, fallback: string): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return fallback;
  return raw;
}
