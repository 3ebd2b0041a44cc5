import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db/client";
import {
  directoryLocations,
  directoryServices,
  laps,
  organisationMembers,
  organisations,
  schedules,
  serviceAreas,
  serviceAtLocations,
  serviceTaxonomy,
  serviceVersions,
  taxonomyTerms,
  users,
} from "@/db/schema";
import type { TCurrentUser } from "@/lib/auth/session";
import { audit } from "@/lib/audit";
import { isLocale } from "@/lib/i18n/config";
import { notify } from "@/lib/notify";
import { isUuid } from "./get-service";
import { diffSnapshots, sortSchedules, type TListingSnapshot } from "./listing-edit";
import { buildSearchDocument } from "./search-document";

type TActor = Pick<TCurrentUser, "id" | "role">;

/** The organisations the actor belongs to, as a subquery: ownership always sits in the `where`. */
const memberOrgs = (userId: string) => sql`(select ${organisationMembers.organisationId} from ${organisationMembers} where ${organisationMembers.userId} = ${userId})`;

export async function listOwnServices(db: TDbOrTx, actor: TActor) {
  return db
    .select({
      id: directoryServices.id,
      name: directoryServices.name,
      description: directoryServices.description,
      status: directoryServices.status,
      organisation: organisations.name,
      pending: sql<boolean>`exists (select 1 from directory_service_versions v where v.service_id = ${directoryServices.id} and v.state = 'pending')`,
    })
    .from(directoryServices)
    .innerJoin(organisations, eq(organisations.id, directoryServices.organisationId))
    .where(sql`${directoryServices.organisationId} in ${memberOrgs(actor.id)}`)
    .orderBy(asc(sql`${directoryServices.name}->>'en'`));
}

async function currentSnapshot(db: TDbOrTx, serviceId: string): Promise<TListingSnapshot | null> {
  const [s] = await db.select().from(directoryServices).where(eq(directoryServices.id, serviceId));
  if (!s) return null;
  const times = await db.select({ byday: schedules.byday, opensAt: schedules.opensAt, closesAt: schedules.closesAt }).from(schedules).where(eq(schedules.serviceId, serviceId));
  return { name: s.name, description: s.description, phone: s.phone, email: s.email, url: s.url, schedules: sortSchedules(times) };
}

/** A listing the actor's organisation owns, with its current values and any edit awaiting moderation; else null (404). */
export async function getOwnService(db: TDbOrTx, actor: TActor, serviceId: string) {
  if (!isUuid(serviceId)) return null;
  const [s] = await db
    .select({ id: directoryServices.id, status: directoryServices.status })
    .from(directoryServices)
    .where(and(eq(directoryServices.id, serviceId), sql`${directoryServices.organisationId} in ${memberOrgs(actor.id)}`));
  if (!s) return null;
  const current = (await currentSnapshot(db, s.id))!;
  const [pending] = await db.select().from(serviceVersions).where(and(eq(serviceVersions.serviceId, s.id), eq(serviceVersions.state, "pending")));
  const [lastRejected] = await db.select().from(serviceVersions).where(and(eq(serviceVersions.serviceId, s.id), eq(serviceVersions.state, "rejected"))).orderBy(desc(serviceVersions.reviewedAt)).limit(1);
  return { id: s.id, status: s.status, current, pending: pending ? (pending.snapshot as TListingSnapshot) : null, lastRejected: lastRejected ?? null };
}

/**
 * A partner's edit to a published listing waits for moderation: it is stored as the one pending version
 * (replacing an earlier pending one). Returns "not-found" for a listing of another organisation.
 */
export async function proposeEdit(db: TDbOrTx, actor: TActor, serviceId: string, proposed: TListingSnapshot): Promise<"pending" | "unchanged" | "not-found"> {
  return db.transaction(async (tx) => {
    const own = await getOwnService(tx, actor, serviceId);
    if (!own) return "not-found";
    if (diffSnapshots(own.current, proposed).length === 0) return "unchanged";
    await tx.delete(serviceVersions).where(and(eq(serviceVersions.serviceId, serviceId), eq(serviceVersions.state, "pending")));
    await tx.insert(serviceVersions).values({ serviceId, state: "pending", snapshot: proposed, createdBy: actor.id });
    await audit(actor, "listing.propose", "directory_service", serviceId, tx);
    return "pending";
  });
}

/** Partners may close a service for now, or reopen it, at once: safety information must not wait for a moderator. */
export async function setTemporarilyClosed(db: TDbOrTx, actor: TActor, serviceId: string, closed: boolean): Promise<boolean> {
  return db.transaction(async (tx) => {
    const own = await getOwnService(tx, actor, serviceId);
    if (!own || own.status === "inactive") return false;
    await tx.update(directoryServices).set({ status: closed ? "temporarily_closed" : "active", updatedAt: new Date() }).where(eq(directoryServices.id, serviceId));
    await tx.insert(serviceVersions).values({ serviceId, state: "published", snapshot: { ...own.current, status: closed ? "temporarily_closed" : "active" }, createdBy: actor.id });
    await audit(actor, closed ? "listing.close" : "listing.reopen", "directory_service", serviceId, tx);
    return true;
  });
}

export async function listPendingEdits(db: TDbOrTx) {
  return db
    .select({ id: serviceVersions.id, serviceId: serviceVersions.serviceId, name: directoryServices.name, organisation: organisations.name, createdAt: serviceVersions.createdAt })
    .from(serviceVersions)
    .innerJoin(directoryServices, eq(directoryServices.id, serviceVersions.serviceId))
    .innerJoin(organisations, eq(organisations.id, directoryServices.organisationId))
    .where(eq(serviceVersions.state, "pending"))
    .orderBy(asc(serviceVersions.createdAt));
}

export async function getPendingEdit(db: TDbOrTx, versionId: number) {
  const [v] = await db
    .select({ version: serviceVersions, name: directoryServices.name, organisation: organisations.name })
    .from(serviceVersions)
    .innerJoin(directoryServices, eq(directoryServices.id, serviceVersions.serviceId))
    .innerJoin(organisations, eq(organisations.id, directoryServices.organisationId))
    .where(and(eq(serviceVersions.id, versionId), eq(serviceVersions.state, "pending")));
  if (!v) return null;
  const current = (await currentSnapshot(db, v.version.serviceId))!;
  const proposed = v.version.snapshot as TListingSnapshot;
  return { id: v.version.id, serviceId: v.version.serviceId, createdAt: v.version.createdAt, name: v.name, organisation: v.organisation, diff: diffSnapshots(current, proposed), proposed };
}

async function notifyMembers(db: TDbOrTx, serviceId: string, template: "listingApproved" | "listingRejected", data: Record<string, string>) {
  const members = await db
    .select({ email: users.email, locale: users.locale })
    .from(directoryServices)
    .innerJoin(organisationMembers, eq(organisationMembers.organisationId, directoryServices.organisationId))
    .innerJoin(users, eq(users.id, organisationMembers.userId))
    .where(and(eq(directoryServices.id, serviceId), sql`${users.disabledAt} is null`));
  for (const m of members) await notify({ channel: "email", to: m.email, template, locale: isLocale(m.locale) ? m.locale : "en", data });
}

/** Applies a pending edit to the live listing (one transaction), keeps the version, and tells the partner. */
export async function approveEdit(db: TDbOrTx, moderator: TActor, versionId: number): Promise<boolean> {
  const applied = await db.transaction(async (tx) => {
    const [v] = await tx.select().from(serviceVersions).where(and(eq(serviceVersions.id, versionId), eq(serviceVersions.state, "pending"))).for("update");
    if (!v) return null;
    const snap = v.snapshot as TListingSnapshot;
    const serviceId = v.serviceId;
    const [service] = await tx.select({ organisationId: directoryServices.organisationId }).from(directoryServices).where(eq(directoryServices.id, serviceId));
    const [org] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, service!.organisationId));
    const termNames = await tx.select({ name: taxonomyTerms.name }).from(serviceTaxonomy).innerJoin(taxonomyTerms, eq(taxonomyTerms.id, serviceTaxonomy.termId)).where(eq(serviceTaxonomy.serviceId, serviceId));
    const lapNames = await tx.select({ name: laps.name }).from(serviceAreas).innerJoin(laps, eq(laps.id, serviceAreas.lapId)).where(eq(serviceAreas.serviceId, serviceId));
    const sals = await tx.select({ id: serviceAtLocations.id, name: directoryLocations.name, city: directoryLocations.city, postcode: directoryLocations.postcode }).from(serviceAtLocations).innerJoin(directoryLocations, eq(directoryLocations.id, serviceAtLocations.locationId)).where(eq(serviceAtLocations.serviceId, serviceId));
    const [firstSchedule] = await tx.select({ attendingType: schedules.attendingType }).from(schedules).where(eq(schedules.serviceId, serviceId)).limit(1);
    const attendingType = firstSchedule?.attendingType ?? (sals.length ? "in_person" : "online");
    await tx
      .update(directoryServices)
      .set({
        name: snap.name,
        description: snap.description,
        phone: snap.phone,
        email: snap.email,
        url: snap.url,
        assuredAt: new Date(),
        updatedAt: new Date(),
        searchDocument: buildSearchDocument({ texts: [snap.name, snap.description, ...termNames.map((t) => t.name), ...lapNames.map((l) => l.name)], plain: [org?.name, ...sals.map((s) => `${s.name} ${s.city} ${s.postcode}`)] }),
      })
      .where(eq(directoryServices.id, serviceId));
    await tx.delete(schedules).where(eq(schedules.serviceId, serviceId));
    if (snap.schedules.length)
      await tx.insert(schedules).values(snap.schedules.map((s) => ({ serviceId, serviceAtLocationId: attendingType === "in_person" ? (sals[0]?.id ?? null) : null, byday: s.byday, opensAt: s.opensAt, closesAt: s.closesAt, attendingType })));
    await tx.update(serviceVersions).set({ state: "approved", reviewedBy: moderator.id, reviewedAt: new Date() }).where(eq(serviceVersions.id, versionId));
    await audit(moderator, "listing.approve", "directory_service", serviceId, tx);
    return { serviceId, name: snap.name.en };
  });
  if (!applied) return false;
  await notifyMembers(db, applied.serviceId, "listingApproved", { listing: applied.name });
  return true;
}

export async function rejectEdit(db: TDbOrTx, moderator: TActor, versionId: number, reason: string): Promise<boolean> {
  const rejected = await db.transaction(async (tx) => {
    const [v] = await tx
      .update(serviceVersions)
      .set({ state: "rejected", reviewedBy: moderator.id, reviewedAt: new Date(), reason })
      .where(and(eq(serviceVersions.id, versionId), eq(serviceVersions.state, "pending")))
      .returning({ serviceId: serviceVersions.serviceId, snapshot: serviceVersions.snapshot });
    if (!v) return null;
    await audit(moderator, "listing.reject", "directory_service", v.serviceId, tx);
    return { serviceId: v.serviceId, name: (v.snapshot as TListingSnapshot).name.en };
  });
  if (!rejected) return false;
  await notifyMembers(db, rejected.serviceId, "listingRejected", { listing: rejected.name, reason });
  return true;
}

export async function versionCount(db: TDbOrTx, serviceId: string) {
  const rows = await db.select({ state: serviceVersions.state }).from(serviceVersions).where(inArray(serviceVersions.serviceId, [serviceId]));
  return rows.length;
}
