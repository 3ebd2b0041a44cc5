import "server-only";
import { eq } from "drizzle-orm";
import { getServerSession } from "next-auth";
import { users } from "@/db/schema";
import { getDb } from "@/lib/db";
import type { TRole } from "@/lib/authz/permissions";
import { authOptions } from "./options";

export type TCurrentUser = { id: string; email: string; name: string | null; role: TRole; locale: string };

/**
 * The signed-in person, re-read from the database on every request so that a disabled or deleted account,
 * or a changed role, takes effect at once rather than when the session cookie expires.
 */
export async function getCurrentUser(): Promise<TCurrentUser | null> {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  if (!id || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, locale: users.locale, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, id));
  if (!row || row.disabledAt) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role, locale: row.locale };
}
