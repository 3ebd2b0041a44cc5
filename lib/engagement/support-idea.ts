import "server-only";
import { and, count, eq, inArray } from "drizzle-orm";
import type { TDbOrTx } from "@/db/client";
import { ideaSupports, ideas } from "@/db/schema";

/** Once per person (signed in) or per device (anonymous): the primary key refuses a second support. */
export async function supportIdea(db: TDbOrTx, ideaId: string, supporterKey: string): Promise<"supported" | "already" | "not-found"> {
  const [idea] = await db.select({ id: ideas.id }).from(ideas).where(and(eq(ideas.id, ideaId), eq(ideas.state, "published")));
  if (!idea) return "not-found";
  const rows = await db.insert(ideaSupports).values({ ideaId, supporterKey }).onConflictDoNothing().returning({ ideaId: ideaSupports.ideaId });
  return rows.length ? "supported" : "already";
}

export async function supportCounts(db: TDbOrTx, ideaIds: string[]) {
  if (!ideaIds.length) return new Map<string, number>();
  const rows = await db.select({ ideaId: ideaSupports.ideaId, n: count() }).from(ideaSupports).where(inArray(ideaSupports.ideaId, ideaIds)).groupBy(ideaSupports.ideaId);
  return new Map(rows.map((r) => [r.ideaId, Number(r.n)]));
}

export async function supportedBy(db: TDbOrTx, supporterKey: string, ideaIds: string[]) {
  if (!ideaIds.length) return new Set<string>();
  const rows = await db.select({ ideaId: ideaSupports.ideaId }).from(ideaSupports).where(and(eq(ideaSupports.supporterKey, supporterKey), inArray(ideaSupports.ideaId, ideaIds)));
  return new Set(rows.map((r) => r.ideaId));
}
