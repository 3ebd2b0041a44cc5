import "server-only";
import { and, count, eq, gt, lt, min } from "drizzle-orm";
import { createHash } from "node:crypto";
import { getDb } from "@/lib/db";
import { signInAttempts } from "@/db/schema";

export const WINDOW_MS = 15 * 60 * 1000;

/** Limits per 15-minute window. Failures lock a staff account; link requests and per-address totals slow abuse. */
export const LIMITS = {
  staffFailuresPerAccount: 5,
  emailLinksPerAddress: 5,
  attemptsPerNetwork: 30,
} as const;

export type TAttemptKind = "staff-password" | "email-link" | "network" | "idea-network" | "idea-device";

/** Network addresses are hashed before they are stored: they are personal data and are only needed for counting. */
export const networkKey = (ip: string | null | undefined) =>
  "net:" + createHash("sha256").update(ip || "unknown").digest("hex").slice(0, 32);

export async function recordAttempt(key: string, kind: TAttemptKind, success: boolean) {
  const db = await getDb();
  await db.insert(signInAttempts).values({ key, kind, success });
}

type TCheck = { limited: boolean; retryAfterMinutes: number };

/** Counts attempts in the window; `failuresOnly` counts only failed ones (used for account lock-out). */
export async function checkLimit(key: string, kind: TAttemptKind, limit: number, failuresOnly: boolean, now = new Date()): Promise<TCheck> {
  const db = await getDb();
  const since = new Date(now.getTime() - WINDOW_MS);
  const conditions = [eq(signInAttempts.key, key), eq(signInAttempts.kind, kind), gt(signInAttempts.createdAt, since)];
  if (failuresOnly) conditions.push(eq(signInAttempts.success, false));
  const [row] = await db
    .select({ n: count(), first: min(signInAttempts.createdAt) })
    .from(signInAttempts)
    .where(and(...conditions));
  const n = Number(row?.n ?? 0);
  if (n < limit || !row?.first) return { limited: false, retryAfterMinutes: 0 };
  const first = new Date(row.first);
  const retryAfterMinutes = Math.max(1, Math.ceil((first.getTime() + WINDOW_MS - now.getTime()) / 60000));
  return { limited: true, retryAfterMinutes };
}

/** A successful sign-in clears the account's failure count. */
export async function clearFailures(key: string, kind: TAttemptKind) {
  const db = await getDb();
  await db.delete(signInAttempts).where(and(eq(signInAttempts.key, key), eq(signInAttempts.kind, kind), eq(signInAttempts.success, false)));
}

/** Old attempts are only needed for the window; delete them so the table stays small. */
export async function pruneAttempts(now = new Date()) {
  const db = await getDb();
  await db.delete(signInAttempts).where(lt(signInAttempts.createdAt, new Date(now.getTime() - 24 * 60 * 60 * 1000)));
}
