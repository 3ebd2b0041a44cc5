import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db/client";
import {
  directoryLocations,
  directoryServices,
  laps,
  organisations,
  schedules,
  serviceAreas,
  serviceAtLocations,
  serviceContacts,
  serviceLanguages,
  serviceTaxonomy,
  taxonomyTerms,
} from "@/db/schema";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (v: string) => UUID.test(v);

const dayOrder = sql`array_position(array['MO','TU','WE','TH','FR','SA','SU'], ${schedules.byday})`;

/** One public listing with everything its page needs; null when it does not exist or is no longer running. */
export async function getPublicService(db: TDbOrTx, id: string) {
  if (!isUuid(id)) return null;
  const [service] = await db
    .select({ service: directoryServices, organisation: { name: organisations.name, website: organisations.website, email: organisations.email, phone: organisations.phone } })
    .from(directoryServices)
    .innerJoin(organisations, eq(organisations.id, directoryServices.organisationId))
    .where(and(eq(directoryServices.id, id), ne(directoryServices.status, "inactive")));
  if (!service) return null;
  const [locations, times, languages, terms, areas, contacts] = await Promise.all([
    db
      .select({ salId: serviceAtLocations.id, location: directoryLocations })
      .from(serviceAtLocations)
      .innerJoin(directoryLocations, eq(directoryLocations.id, serviceAtLocations.locationId))
      .where(eq(serviceAtLocations.serviceId, id))
      .orderBy(asc(directoryLocations.name)),
    db.select().from(schedules).where(eq(schedules.serviceId, id)).orderBy(dayOrder, asc(schedules.opensAt)),
    db.select({ code: serviceLanguages.code }).from(serviceLanguages).where(eq(serviceLanguages.serviceId, id)),
    db.select({ code: taxonomyTerms.code, name: taxonomyTerms.name, taxonomy: taxonomyTerms.taxonomy }).from(serviceTaxonomy).innerJoin(taxonomyTerms, eq(taxonomyTerms.id, serviceTaxonomy.termId)).where(eq(serviceTaxonomy.serviceId, id)).orderBy(asc(taxonomyTerms.sortOrder)),
    db.select({ code: laps.code, name: laps.name }).from(serviceAreas).innerJoin(laps, eq(laps.id, serviceAreas.lapId)).where(eq(serviceAreas.serviceId, id)).orderBy(asc(laps.sortOrder)),
    db.select().from(serviceContacts).where(eq(serviceContacts.serviceId, id)),
  ]);
  return { ...service.service, organisation: service.organisation, locations, schedules: times, languages: languages.map((l) => l.code).sort(), terms, areas, contacts };
}
export type TPublicService = NonNullable<Awaited<ReturnType<typeof getPublicService>>>;

/** Options for the search form: taxonomy terms and LAPs. */
export async function getSearchOptions(db: TDbOrTx) {
  const [terms, lapRows] = await Promise.all([
    db.select({ code: taxonomyTerms.code, name: taxonomyTerms.name, taxonomy: taxonomyTerms.taxonomy }).from(taxonomyTerms).orderBy(asc(taxonomyTerms.sortOrder)),
    db.select({ code: laps.code, name: laps.name }).from(laps).orderBy(asc(laps.sortOrder)),
  ]);
  return { terms, laps: lapRows };
}

