import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import {
  directoryLocations,
  directoryServices,
  laps,
  organisations,
  postcodeAreas,
  schedules,
  serviceAreas,
  serviceAtLocations,
  serviceContacts,
  serviceLanguages,
  serviceTaxonomy,
  serviceVersions,
  taxonomyTerms,
  type TI18nText,
} from "@/db/schema";
import type { TDbOrTx } from "@/db/client";
import { parsePostcode } from "@/lib/geo/postcode";
import { buildSearchDocument } from "@/lib/directory/search-document";

export type TLocationSpec = {
  slug: string;
  name: string;
  address1: string;
  city: string;
  postcode: string;
  accessibility?: TI18nText;
  transport?: TI18nText;
  stepFree?: boolean;
  hearingLoop?: boolean;
  accessibleToilet?: boolean;
};

export type TScheduleSpec = {
  byday: "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU";
  opensAt: string;
  closesAt: string;
  attendingType?: "in_person" | "online" | "phone";
  /** The location slug for in-person sessions. */
  at?: string;
};

export type TListingSpec = {
  slug: string;
  organisationSlug: string;
  name: TI18nText;
  description: TI18nText;
  terms: string[];
  languages: string[];
  lapCodes: string[];
  locations: TLocationSpec[];
  schedules: TScheduleSpec[];
  status?: "active" | "temporarily_closed" | "inactive";
  url?: string | null;
  email?: string | null;
  phone?: string | null;
  applicationProcess?: TI18nText;
  isFree?: boolean;
  feesDescription?: TI18nText;
  minimumAge?: number | null;
  maximumAge?: number | null;
  eligibilityDescription?: TI18nText;
  acceptingReferrals?: boolean;
  waitWeeks?: number | null;
  assuredAt?: Date;
  contact?: { name: string; title?: string; email?: string; phone?: string };
};

/** Latitude/longitude of a postcode's sector (else district) centroid; null outside the county. */
export async function postcodeCentroid(db: TDbOrTx, postcode: string) {
  const parts = parsePostcode(postcode);
  if (!parts) return null;
  const codes = [parts.sector, parts.district].filter((c): c is string => !!c);
  const rows = await db.select({ code: postcodeAreas.code, lat: postcodeAreas.lat, lng: postcodeAreas.lng, lapId: postcodeAreas.lapId }).from(postcodeAreas).where(inArray(postcodeAreas.code, codes));
  const best = codes.map((c) => rows.find((r) => r.code === c)).find(Boolean);
  return best ? { postcode: parts.normalised, lat: best.lat, lng: best.lng, lapId: best.lapId } : null;
}

export async function upsertLocation(db: TDbOrTx, organisationId: string, spec: TLocationSpec) {
  const geo = await postcodeCentroid(db, spec.postcode);
  if (!geo) throw new Error(`Location ${spec.slug}: postcode ${spec.postcode} is not in the county`);
  const values = {
    slug: spec.slug,
    organisationId,
    name: spec.name,
    address1: spec.address1,
    city: spec.city,
    postcode: geo.postcode,
    latitude: geo.lat,
    longitude: geo.lng,
    lapId: geo.lapId,
    accessibility: spec.accessibility ?? null,
    transport: spec.transport ?? null,
    stepFree: spec.stepFree ?? false,
    hearingLoop: spec.hearingLoop ?? false,
    accessibleToilet: spec.accessibleToilet ?? false,
  };
  const [row] = await db.insert(directoryLocations).values(values).onConflictDoUpdate({ target: directoryLocations.slug, set: values }).returning({ id: directoryLocations.id });
  return row!.id;
}

/**
 * Creates or replaces a listing with its locations, times, languages, areas and terms. Safe to run twice:
 * the service keeps its id, its child rows are replaced. Records a "published" version of what it wrote.
 */
export async function upsertListing(db: TDbOrTx, spec: TListingSpec) {
  const [org] = await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.slug, spec.organisationSlug));
  if (!org) throw new Error(`No organisation ${spec.organisationSlug}`);
  const terms = spec.terms.length ? await db.select().from(taxonomyTerms).where(inArray(taxonomyTerms.code, spec.terms)) : [];
  const lapRows = spec.lapCodes.length ? await db.select({ id: laps.id, name: laps.name, mainTown: laps.mainTown }).from(laps).where(inArray(laps.code, spec.lapCodes)) : [];
  const searchDocument = buildSearchDocument({
    texts: [spec.name, spec.description, spec.eligibilityDescription, ...terms.map((t) => t.name), ...lapRows.map((l) => l.name)],
    plain: [org.name, ...spec.locations.map((l) => `${l.name} ${l.city} ${l.postcode}`)],
  });
  const values = {
    slug: spec.slug,
    organisationId: org.id,
    name: spec.name,
    description: spec.description,
    status: spec.status ?? "active",
    url: spec.url ?? null,
    email: spec.email ?? null,
    phone: spec.phone ?? null,
    applicationProcess: spec.applicationProcess ?? null,
    isFree: spec.isFree ?? true,
    feesDescription: spec.feesDescription ?? null,
    minimumAge: spec.minimumAge ?? null,
    maximumAge: spec.maximumAge ?? null,
    eligibilityDescription: spec.eligibilityDescription ?? null,
    acceptingReferrals: spec.acceptingReferrals ?? true,
    waitWeeks: spec.waitWeeks ?? null,
    assuredAt: spec.assuredAt ?? new Date(),
    searchDocument,
    updatedAt: new Date(),
  };
  const [service] = await db.insert(directoryServices).values(values).onConflictDoUpdate({ target: directoryServices.slug, set: values }).returning({ id: directoryServices.id });
  const serviceId = service!.id;

  await db.delete(serviceTaxonomy).where(eq(serviceTaxonomy.serviceId, serviceId));
  if (terms.length) await db.insert(serviceTaxonomy).values(terms.map((t) => ({ serviceId, termId: t.id })));
  await db.delete(serviceLanguages).where(eq(serviceLanguages.serviceId, serviceId));
  if (spec.languages.length) await db.insert(serviceLanguages).values([...new Set(spec.languages)].map((code) => ({ serviceId, code })));
  await db.delete(serviceAreas).where(eq(serviceAreas.serviceId, serviceId));
  if (lapRows.length) await db.insert(serviceAreas).values(lapRows.map((l) => ({ serviceId, lapId: l.id })));
  await db.delete(serviceContacts).where(eq(serviceContacts.serviceId, serviceId));
  if (spec.contact) await db.insert(serviceContacts).values({ serviceId, name: spec.contact.name, title: spec.contact.title ?? null, email: spec.contact.email ?? null, phone: spec.contact.phone ?? null });

  const salIds = new Map<string, string>();
  for (const loc of spec.locations) {
    const locationId = await upsertLocation(db, org.id, loc);
    const [sal] = await db
      .insert(serviceAtLocations)
      .values({ serviceId, locationId })
      .onConflictDoUpdate({ target: [serviceAtLocations.serviceId, serviceAtLocations.locationId], set: { locationId } })
      .returning({ id: serviceAtLocations.id });
    salIds.set(loc.slug, sal!.id);
  }
  const keep = [...salIds.values()];
  await db.delete(serviceAtLocations).where(keep.length ? and(eq(serviceAtLocations.serviceId, serviceId), notInArray(serviceAtLocations.id, keep)) : eq(serviceAtLocations.serviceId, serviceId));
  await db.delete(schedules).where(eq(schedules.serviceId, serviceId));
  if (spec.schedules.length) {
    await db.insert(schedules).values(
      spec.schedules.map((s) => ({
        serviceId,
        serviceAtLocationId: s.at ? (salIds.get(s.at) ?? null) : (s.attendingType ?? "in_person") === "in_person" ? (keep[0] ?? null) : null,
        byday: s.byday,
        opensAt: s.opensAt,
        closesAt: s.closesAt,
        attendingType: s.attendingType ?? "in_person",
      })),
    );
  }
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(serviceVersions).where(eq(serviceVersions.serviceId, serviceId));
  if (!existing || Number(existing.n) === 0) await db.insert(serviceVersions).values({ serviceId, state: "published", snapshot: spec });
  return serviceId;
}
