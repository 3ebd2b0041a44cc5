import "server-only";
import { asc, count, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { TDbOrTx } from "@/db/client";
import { organisations, taxonomyTerms, type TI18nText } from "@/db/schema";
import { lookupPostcode } from "@/lib/geo/lookup-postcode";
import { getPublicService, isUuid, type TPublicService } from "../get-service";
import { distanceSql, execRows, searchConditions } from "../search-services";
import { DAYS } from "../schemas";

/**
 * Open Referral UK (HSDS 3.0 UK profile) read API. Field names follow the standard; our text is translated,
 * ORUK text is single-language, so the API serves English. Rows never leak: each entity is built field by field.
 */

/** The two taxonomies have fixed ids so that consumers can rely on them across deployments. */
export const TAXONOMIES = {
  "wellbeing-domain": { id: "6f1c1a52-1d1e-4c55-9a3b-7d2f0b6a0001", name: "Northamptonshire wellbeing domains", description: "The eight First for Wellbeing service areas." },
  "offer-type": { id: "6f1c1a52-1d1e-4c55-9a3b-7d2f0b6a0002", name: "Northamptonshire VCSE offer types", description: "Kinds of community offer, such as Wellbeing Cafés and peer support groups." },
} as const;

export type TPaging = { page: number; perPage: number };

export function parsePaging(url: URL): TPaging {
  const page = Number.parseInt(url.searchParams.get("page") ?? "1", 10);
  const perPage = Number.parseInt(url.searchParams.get("per_page") ?? "50", 10);
  return { page: Number.isFinite(page) && page >= 1 && page <= 100_000 ? page : 1, perPage: Number.isFinite(perPage) && perPage >= 1 ? Math.min(perPage, 100) : 50 };
}

/** The HSDS page envelope. `number` repeats page_number for clients of the earlier ORUK API. */
export function pageOf<T>(contents: T[], total: number, { page, perPage }: TPaging) {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return { total_items: total, total_pages: totalPages, page_number: page, number: page, size: contents.length, first_page: page === 1, last_page: page >= totalPages, empty: contents.length === 0, contents };
}

const en = (t: TI18nText | null | undefined) => (t ? t.en : null);
const status = (s: string) => (s === "temporarily_closed" ? "temporarily closed" : s);
const dateOnly = (d: Date) => d.toISOString().slice(0, 10);

type TServiceRow = {
  id: string;
  organization_id: string;
  name: TI18nText | string;
  description: TI18nText | string;
  url: string | null;
  email: string | null;
  status: string;
  application_process: TI18nText | string | null;
  fees_description: TI18nText | string | null;
  eligibility_description: TI18nText | string | null;
  minimum_age: number | null;
  maximum_age: number | null;
  wait_weeks: number | null;
  accepting_referrals: boolean;
  assured_at: string | Date;
  updated_at: string | Date;
  total: number | string;
};
const j = <T,>(v: T | string | null): T | null => (typeof v === "string" ? (JSON.parse(v) as T) : v);

function serviceFields(r: Omit<TServiceRow, "total">) {
  const wait = r.wait_weeks !== null ? `About ${r.wait_weeks} week${r.wait_weeks === 1 ? "" : "s"}.` : null;
  return {
    id: r.id,
    organization_id: r.organization_id,
    name: en(j<TI18nText>(r.name))!,
    description: en(j<TI18nText>(r.description)),
    url: r.url,
    email: r.email,
    status: status(r.status),
    application_process: en(j<TI18nText>(r.application_process)),
    fees_description: en(j<TI18nText>(r.fees_description)),
    wait_time: [r.accepting_referrals ? null : "Not accepting new referrals at the moment.", wait].filter(Boolean).join(" ") || null,
    eligibility_description: en(j<TI18nText>(r.eligibility_description)),
    minimum_age: r.minimum_age,
    maximum_age: r.maximum_age,
    assured_date: dateOnly(new Date(r.assured_at)),
    last_modified: new Date(r.updated_at).toISOString(),
  };
}

const serviceColumns = sql`s.id, s.organisation_id as organization_id, s.name, s.description, s.url, s.email, s.status, s.application_process, s.fees_description,
  s.eligibility_description, s.minimum_age, s.maximum_age, s.wait_weeks, s.accepting_referrals, s.assured_at, s.updated_at`;

export type TServiceFilters = { text?: string; taxonomyTermId?: string; minimumAge?: number; maximumAge?: number; day?: string };

export function parseServiceFilters(url: URL): TServiceFilters {
  const p = url.searchParams;
  const int = (k: string) => {
    const n = Number.parseInt(p.get(k) ?? "", 10);
    return Number.isFinite(n) && n >= 0 && n <= 120 ? n : undefined;
  };
  const day = p.get("day")?.toUpperCase().slice(0, 2);
  const term = p.get("taxonomy_term_id") ?? undefined;
  return {
    text: (p.get("text") ?? p.get("search") ?? undefined)?.slice(0, 200),
    taxonomyTermId: term && isUuid(term) ? term : term ? "00000000-0000-0000-0000-000000000000" : undefined,
    minimumAge: int("minimum_age"),
    maximumAge: int("maximum_age"),
    day: day && (DAYS as readonly string[]).includes(day) ? day : undefined,
  };
}

function filterConditions(f: TServiceFilters): SQL[] {
  const where = searchConditions({ q: f.text, day: f.day as (typeof DAYS)[number] | undefined, free: false });
  if (f.taxonomyTermId) where.push(sql`exists (select 1 from directory_service_taxonomy st where st.service_id = s.id and st.term_id = ${f.taxonomyTermId})`);
  // ORUK: services for people of this age range overlap the requested range.
  if (f.minimumAge !== undefined) where.push(sql`(s.maximum_age is null or s.maximum_age >= ${f.minimumAge})`);
  if (f.maximumAge !== undefined) where.push(sql`(s.minimum_age is null or s.minimum_age <= ${f.maximumAge})`);
  return where;
}

export async function listServices(db: TDbOrTx, paging: TPaging, filters: TServiceFilters) {
  const where = filterConditions(filters);
  const rows = await execRows<TServiceRow>(
    db,
    sql`select ${serviceColumns}, count(*) over () as total from directory_services s where ${sql.join(where, sql` and `)}
        order by s.name->>'en', s.id limit ${paging.perPage} offset ${(paging.page - 1) * paging.perPage}`,
  );
  const total = rows.length ? Number(rows[0]!.total) : await countOnly(db, where, paging);
  return pageOf(rows.map(serviceFields), total, paging);
}

/** Past the last page there are no rows to carry the window count, so count separately. */
async function countOnly(db: TDbOrTx, where: SQL[], paging: TPaging) {
  if (paging.page === 1) return 0;
  const [r] = await execRows<{ n: number | string }>(db, sql`select count(*) as n from directory_services s where ${sql.join(where, sql` and `)}`);
  return Number(r?.n ?? 0);
}

function locationJson(l: TPublicService["locations"][number]["location"]) {
  return {
    id: l.id,
    location_type: "physical",
    name: l.name,
    latitude: l.latitude,
    longitude: l.longitude,
    addresses: [{ id: l.id, location_id: l.id, address_1: l.address1, city: l.city, region: "Northamptonshire", state_province: "Northamptonshire", postal_code: l.postcode, country: "GB", address_type: "physical" }],
    accessibility: [
      {
        id: l.id,
        location_id: l.id,
        description: en(l.accessibility),
        details: [l.stepFree && "Step-free access", l.hearingLoop && "Hearing loop", l.accessibleToilet && "Accessible toilet"].filter(Boolean).join(". ") || null,
        url: null,
      },
    ],
    transportation: en(l.transport),
  };
}

/** One service with its collections, as ORUK `service` (GET /services/{id}). */
export async function getServiceDetail(db: TDbOrTx, id: string) {
  const s = await getPublicService(db, id);
  if (!s) return null;
  const [org] = await db.select().from(organisations).where(eq(organisations.id, s.organisationId));
  const termRows = s.terms.length ? await db.select().from(taxonomyTerms).where(inArray(taxonomyTerms.code, s.terms.map((t) => t.code))) : [];
  const languageNames = new Intl.DisplayNames(["en-GB"], { type: "language" });
  return {
    ...serviceFields({
      id: s.id,
      organization_id: s.organisationId,
      name: s.name,
      description: s.description,
      url: s.url,
      email: s.email,
      status: s.status,
      application_process: s.applicationProcess,
      fees_description: s.feesDescription,
      eligibility_description: s.eligibilityDescription,
      minimum_age: s.minimumAge,
      maximum_age: s.maximumAge,
      wait_weeks: s.waitWeeks,
      accepting_referrals: s.acceptingReferrals,
      assured_at: s.assuredAt,
      updated_at: s.updatedAt,
    }),
    organization: org ? organizationJson(org) : null,
    phones: s.phone ? [{ id: s.id, service_id: s.id, number: s.phone, type: "voice", languages: [] }] : [],
    contacts: s.contacts.map((c) => ({ id: c.id, service_id: s.id, name: c.name, title: c.title, email: c.email, phones: c.phone ? [{ id: c.id, number: c.phone }] : [] })),
    languages: s.languages.map((code) => ({ id: `${s.id}:${code}`, service_id: s.id, name: languageNames.of(code) ?? code, code })),
    cost_options: s.isFree ? [{ id: s.id, service_id: s.id, option: "Free", amount: 0, currency: "GBP" }] : [{ id: s.id, service_id: s.id, option: en(s.feesDescription), amount: null, currency: "GBP" }],
    service_areas: s.areas.map((a) => ({ id: `${s.id}:${a.code}`, service_id: s.id, name: a.name.en, extent_type: "Local Area Partnership" })),
    schedules: s.schedules.map((sc) => ({
      id: sc.id,
      service_id: s.id,
      service_at_location_id: sc.serviceAtLocationId,
      valid_from: sc.validFrom,
      valid_to: sc.validTo,
      freq: "WEEKLY",
      interval: 1,
      byday: sc.byday,
      opens_at: sc.opensAt,
      closes_at: sc.closesAt,
      attending_type: sc.attendingType === "in_person" ? "in person" : sc.attendingType,
      timezone: "Europe/London",
    })),
    service_at_locations: s.locations.map(({ salId, location }) => ({ id: salId, service_id: s.id, location_id: location.id, location: locationJson(location) })),
    attributes: termRows.map((t) => ({ id: `${s.id}:${t.id}`, link_id: s.id, link_type: "service", link_entity: "service", taxonomy_term_id: t.id, taxonomy_term: termJson(t) })),
  };
}

function organizationJson(o: typeof organisations.$inferSelect) {
  return { id: o.id, name: o.name, description: en(o.description) ?? o.name, email: o.email, website: o.website, phones: o.phone ? [{ id: o.id, number: o.phone }] : [] };
}

export async function listOrganizations(db: TDbOrTx, paging: TPaging) {
  const [rows, [c]] = await Promise.all([
    db.select().from(organisations).orderBy(asc(organisations.name), asc(organisations.id)).limit(paging.perPage).offset((paging.page - 1) * paging.perPage),
    db.select({ n: count() }).from(organisations),
  ]);
  return pageOf(rows.map(organizationJson), Number(c?.n ?? 0), paging);
}

function termJson(t: typeof taxonomyTerms.$inferSelect) {
  return { id: t.id, code: t.code, name: t.name.en, description: t.name.en, parent_id: null, taxonomy: t.taxonomy, taxonomy_id: TAXONOMIES[t.taxonomy].id, language: "en" };
}

export function listTaxonomies(paging: TPaging) {
  const all = Object.values(TAXONOMIES).map((t) => ({ ...t, uri: null, version: "1" }));
  return pageOf(all.slice((paging.page - 1) * paging.perPage, paging.page * paging.perPage), all.length, paging);
}

export async function listTaxonomyTerms(db: TDbOrTx, paging: TPaging, taxonomyId?: string | null) {
  const kind = Object.entries(TAXONOMIES).find(([, t]) => t.id === taxonomyId)?.[0] as keyof typeof TAXONOMIES | undefined;
  const where = taxonomyId ? (kind ? eq(taxonomyTerms.taxonomy, kind) : sql`false`) : undefined;
  const [rows, [c]] = await Promise.all([
    db.select().from(taxonomyTerms).where(where).orderBy(asc(taxonomyTerms.sortOrder)).limit(paging.perPage).offset((paging.page - 1) * paging.perPage),
    db.select({ n: count() }).from(taxonomyTerms).where(where),
  ]);
  return pageOf(rows.map(termJson), Number(c?.n ?? 0), paging);
}

type TSalRow = { id: string; service_id: string; location_id: string; total: number | string; distance: number | string | null };

/**
 * ORUK service_at_locations, optionally near a postcode: `proximity` is in metres (default 16,093, ten miles),
 * nearest first. An unknown postcode is a 400 with a message, handled by the route.
 */
export async function listServiceAtLocations(db: TDbOrTx, paging: TPaging, filters: TServiceFilters, near: { postcode: string; proximity?: number } | null) {
  const where = filterConditions(filters);
  let distance = sql`null::float8`;
  if (near) {
    const origin = await lookupPostcode(db, near.postcode);
    if (!origin) return { error: "unknown-postcode" as const };
    distance = distanceSql(origin.lat, origin.lng);
    where.push(sql`${distance} <= ${(near.proximity ?? 16_093) / 1609.344}`);
  }
  const rows = await execRows<TSalRow>(
    db,
    sql`select sal.id, sal.service_id, sal.location_id, ${distance} as distance, count(*) over () as total
        from directory_service_at_locations sal join directory_services s on s.id = sal.service_id join directory_locations l on l.id = sal.location_id
        where ${sql.join(where, sql` and `)}
        order by ${near ? sql`distance,` : sql``} s.name->>'en', sal.id limit ${paging.perPage} offset ${(paging.page - 1) * paging.perPage}`,
  );
  const details = new Map<string, Awaited<ReturnType<typeof getServiceDetail>>>();
  for (const id of new Set(rows.map((r) => r.service_id))) details.set(id, await getServiceDetail(db, id));
  const contents = rows.map((r) => {
    const d = details.get(r.service_id)!;
    const sal = d?.service_at_locations.find((x) => x.id === r.id);
    return {
      id: r.id,
      service_id: r.service_id,
      location_id: r.location_id,
      service: d ? { id: d.id, name: d.name, description: d.description, status: d.status, organization_id: d.organization_id } : null,
      location: sal?.location ?? null,
      schedules: d?.schedules.filter((sc) => sc.service_at_location_id === r.id) ?? [],
    };
  });
  return pageOf(contents, rows.length ? Number(rows[0]!.total) : 0, paging);
}
