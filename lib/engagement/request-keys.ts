import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { cookies, headers } from "next/headers";
import { networkKey } from "@/lib/auth/rate-limit";
import { env } from "@/lib/env";

/**
 * A random device cookie (no personal data) used for per-device rate limits and "support once" for people who are
 * not signed in. Only its hash is stored. It is strictly necessary for those features, so it needs no consent.
 */
const DEVICE_COOKIE = "nwp_device";

const hash = (value: string) => createHash("sha256").update(value).digest("hex").slice(0, 32);

/** In server actions only (they may set cookies). */
export async function deviceKey(): Promise<string> {
  const jar = await cookies();
  let id = jar.get(DEVICE_COOKIE)?.value;
  if (!id || !/^[0-9a-f-]{36}$/.test(id)) {
    id = randomUUID();
    jar.set(DEVICE_COOKIE, id, { httpOnly: true, sameSite: "lax", secure: env().NEXTAUTH_URL.startsWith("https:"), path: "/", maxAge: 60 * 60 * 24 * 365 });
  }
  return `device:${hash(id)}`;
}

/** For pages: the device key if the cookie is already there (never sets it). */
export async function existingDeviceKey(): Promise<string | null> {
  const id = (await cookies()).get(DEVICE_COOKIE)?.value;
  return id ? `device:${hash(id)}` : null;
}

export async function requestNetworkKey(): Promise<string> {
  const h = await headers();
  return networkKey(h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? h.get("x-real-ip"));
}
