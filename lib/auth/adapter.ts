import "server-only";
import { and, eq } from "drizzle-orm";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import { getDb } from "@/lib/db";
import { users, verificationTokens } from "@/db/schema";
import { normaliseEmail } from "@/lib/accounts/normalise-email";
import type { TRole } from "@/lib/authz/permissions";

export type TPortalUser = AdapterUser & { role: TRole; locale: string };

const toAdapterUser = (row: typeof users.$inferSelect): TPortalUser => ({
  id: row.id,
  email: row.email,
  emailVerified: row.emailVerified,
  name: row.name,
  role: row.role,
  locale: row.locale,
});

/**
 * A next-auth v4 adapter over the portal's own tables. Sessions are JWTs, so only users and email
 * verification tokens live in the database. New users created here are always residents: staff accounts are
 * made by an admin or the seed, never by signing in.
 */
export function portalAdapter(): Adapter {
  return {
    async createUser(data: Omit<AdapterUser, "id">) {
      const db = await getDb();
      const email = normaliseEmail(data.email);
      const [row] = await db
        .insert(users)
        .values({ email, name: data.name ?? null, emailVerified: data.emailVerified ?? null, role: "resident" })
        .onConflictDoUpdate({ target: users.email, set: { emailVerified: data.emailVerified ?? null } })
        .returning();
      return toAdapterUser(row!);
    },
    async getUser(id) {
      const db = await getDb();
      if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
      const [row] = await db.select().from(users).where(eq(users.id, id));
      return row && !row.disabledAt ? toAdapterUser(row) : null;
    },
    async getUserByEmail(email) {
      const db = await getDb();
      const [row] = await db.select().from(users).where(eq(users.email, normaliseEmail(email)));
      return row && !row.disabledAt ? toAdapterUser(row) : null;
    },
    async getUserByAccount() {
      return null;
    },
    async updateUser(data) {
      const db = await getDb();
      const [row] = await db
        .update(users)
        .set({ ...(data.emailVerified !== undefined ? { emailVerified: data.emailVerified } : {}), ...(data.name !== undefined ? { name: data.name } : {}) })
        .where(eq(users.id, data.id))
        .returning();
      return toAdapterUser(row!);
    },
    async linkAccount() {
      return undefined;
    },
    async createVerificationToken(token) {
      const db = await getDb();
      await db.insert(verificationTokens).values({ identifier: normaliseEmail(token.identifier), token: token.token, expires: token.expires });
      return token;
    },
    async useVerificationToken({ identifier, token }) {
      const db = await getDb();
      // Deleting and returning in one statement makes each link single-use even if clicked twice at once.
      const [row] = await db
        .delete(verificationTokens)
        .where(and(eq(verificationTokens.identifier, normaliseEmail(identifier)), eq(verificationTokens.token, token)))
        .returning();
      return row ?? null;
    },
  };
}
