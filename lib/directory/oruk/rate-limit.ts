import "server-only";
import { lt, sql } from "drizzle-orm";
import { apiRequestCounts } from "@/db/schema";
import { getDb } from "@/lib/db";
import { networkKey } from "@/lib/auth/rate-limit";

/** The open API is public without a key; it may be throttled (ORUK compliance). 120 requests a minute per address. */
export const API_LIMIT_PER_MINUTE = 120;

export async function takeApiRequest(ip: string | null, now = new Date()): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const db = await getDb();
  const windowStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const [row] = await db
    .insert(apiRequestCounts)
    .values({ key: networkKey(ip), windowStart, count: 1 })
    .onConflictDoUpdate({ target: [apiRequestCounts.key, apiRequestCounts.windowStart], set: { count: sql`${apiRequestCounts.count} + 1` } })
    .returning({ count: apiRequestCounts.count });
  // Old windows are useless; clear them now and then rather than on every request.
  if (now.getSeconds() === 0) await db.delete(apiRequestCounts).where(lt(apiRequestCounts.windowStart, new Date(windowStart.getTime() - 10 * 60_000)));
  const allowed = (row?.count ?? 0) <= API_LIMIT_PER_MINUTE;
  return { allowed, retryAfterSeconds: allowed ? 0 : Math.ceil((windowStart.getTime() + 60_000 - now.getTime()) / 1000) };
}
