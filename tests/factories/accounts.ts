import { eq } from "drizzle-orm";
import { advisorServices, organisationMembers, organisations, staffCredentials, users, wellbeingServices } from "@/db/schema";
import type { TDbOrTx } from "@/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { TRole } from "@/lib/authz/permissions";

export type TUserSpec = {
  email: string;
  role: TRole;
  name?: string;
  locale?: string;
  password?: string;
  totpSecret?: string;
  serviceSlugs?: string[];
  organisationSlugs?: string[];
};

/** Creates or updates a user (and staff credentials, services, organisations). Safe to run twice. */
export async function upsertUser(db: TDbOrTx, spec: TUserSpec) {
  const [user] = await db
    .insert(users)
    .values({ email: spec.email.toLowerCase(), role: spec.role, name: spec.name ?? null, locale: spec.locale ?? "en", emailVerified: new Date() })
    .onConflictDoUpdate({ target: users.email, set: { role: spec.role, name: spec.name ?? null, disabledAt: null } })
    .returning();
  if (spec.password && spec.totpSecret) {
    const passwordHash = await hashPassword(spec.password);
    await db
      .insert(staffCredentials)
      .values({ userId: user!.id, passwordHash, totpSecret: spec.totpSecret })
      .onConflictDoUpdate({ target: staffCredentials.userId, set: { passwordHash, totpSecret: spec.totpSecret, totpLastStep: null } });
  }
  for (const slug of spec.serviceSlugs ?? []) {
    const [service] = await db.select({ id: wellbeingServices.id }).from(wellbeingServices).where(eq(wellbeingServices.slug, slug));
    if (service) await db.insert(advisorServices).values({ userId: user!.id, serviceId: service.id }).onConflictDoNothing();
  }
  for (const slug of spec.organisationSlugs ?? []) {
    const [org] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, slug));
    if (org) await db.insert(organisationMembers).values({ userId: user!.id, organisationId: org.id }).onConflictDoNothing();
  }
  return user!;
}

export async function upsertOrganisation(db: TDbOrTx, slug: string, name: string) {
  const [org] = await db.insert(organisations).values({ slug, name }).onConflictDoUpdate({ target: organisations.slug, set: { name } }).returning();
  return org!;
}
