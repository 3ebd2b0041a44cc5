import "server-only";
import { desc, eq } from "drizzle-orm";
import { outboxMessages } from "@/db/schema";
import { getDb } from "@/lib/db";
import { isProduction } from "@/lib/env";

/** The outbox exists only outside production; callers 404 when this is false. */
export const isOutboxAvailable = () => !isProduction();

export async function listOutbox(recipient?: string, limit = 50) {
  const db = await getDb();
  const query = db.select().from(outboxMessages).orderBy(desc(outboxMessages.createdAt)).limit(limit);
  return recipient ? query.where(eq(outboxMessages.recipient, recipient.trim().toLowerCase())) : query;
}
