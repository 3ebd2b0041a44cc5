import "server-only";
import { auditLog } from "@/db/schema";
import type { TDbOrTx } from "@/db/client";
import { getDb } from "@/lib/db";
import type { TCurrentUser } from "@/lib/auth/session";

/** Records who did or viewed what. Holds ids only, never the personal data itself. */
export async function audit(
  actor: Pick<TCurrentUser, "id" | "role"> | null,
  action: string,
  subjectType: string,
  subjectId: string | null,
  tx?: TDbOrTx,
) {
  const db = tx ?? (await getDb());
  await db.insert(auditLog).values({ actorId: actor?.id ?? null, actorRole: actor?.role ?? null, action, subjectType, subjectId });
}
