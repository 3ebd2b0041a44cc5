import { z } from "zod";

/**
 * Our own reading of the Open Referral UK (HSDS 3.0 UK profile) field list: the required fields and their types
 * for what this API publishes. Written from the standard's documentation, not copied from its schema files.
 * Used by the API tests to check every response.
 */
const ZUuid = z.string().uuid();
const ZDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const ZTime = z.string().regex(/^\d{2}:\d{2}$/);
const nullableString = z.string().nullable();

export const ZOrukPage = <T extends z.ZodTypeAny>(item: T) =>
  z.object({
    total_items: z.number().int().min(0),
    total_pages: z.number().int().min(1),
    page_number: z.number().int().min(1),
    size: z.number().int().min(0),
    first_page: z.boolean(),
    last_page: z.boolean(),
    empty: z.boolean(),
    contents: z.array(item),
  });

export const ZOrukTaxonomyTerm = z.object({ id: ZUuid, name: z.string().min(1), description: z.string().min(1), code: nullableString, taxonomy_id: ZUuid, parent_id: ZUuid.nullable() });
export const ZOrukTaxonomy = z.object({ id: ZUuid, name: z.string().min(1), description: z.string().min(1) });
export const ZOrukOrganization = z.object({ id: ZUuid, name: z.string().min(1), description: z.string().min(1), email: nullableString.optional(), website: z.string().url().nullable().optional() });

export const ZOrukServiceSummary = z.object({
  id: ZUuid,
  name: z.string().min(1),
  status: z.enum(["active", "inactive", "defunct", "temporarily closed"]),
  description: nullableString,
  url: z.string().url().nullable(),
  email: z.string().email().nullable(),
  application_process: nullableString,
  fees_description: nullableString,
  wait_time: nullableString,
  eligibility_description: nullableString,
  minimum_age: z.number().int().nullable(),
  maximum_age: z.number().int().nullable(),
  assured_date: ZDate,
});

const ZSchedule = z.object({
  id: ZUuid,
  freq: z.enum(["WEEKLY", "MONTHLY"]),
  byday: z.string().regex(/^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/),
  opens_at: ZTime,
  closes_at: ZTime,
  valid_from: ZDate.nullable(),
  valid_to: ZDate.nullable(),
  attending_type: nullableString,
});

const ZLocation = z.object({
  id: ZUuid,
  location_type: z.enum(["physical", "postal", "virtual"]),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  addresses: z.array(z.object({ id: ZUuid, address_1: z.string().min(1), city: z.string().min(1), state_province: z.string().min(1), postal_code: z.string().min(1), country: z.string().length(2), address_type: z.string() })),
  accessibility: z.array(z.object({ id: ZUuid, description: nullableString, details: nullableString, url: nullableString })),
});

export const ZOrukServiceDetail = ZOrukServiceSummary.extend({
  organization: ZOrukOrganization,
  schedules: z.array(ZSchedule),
  service_at_locations: z.array(z.object({ id: ZUuid, location: ZLocation })),
  languages: z.array(z.object({ id: z.string(), name: z.string().min(1), code: z.string().regex(/^[a-z]{2,3}$/) })),
  service_areas: z.array(z.object({ id: z.string(), name: z.string().min(1) })),
  cost_options: z.array(z.object({ id: ZUuid, currency: z.literal("GBP"), amount: z.number().nullable() })),
  phones: z.array(z.object({ id: ZUuid, number: z.string().min(1) })),
  attributes: z.array(z.object({ taxonomy_term: ZOrukTaxonomyTerm })),
});

export const ZOrukServiceAtLocation = z.object({ id: ZUuid, service: ZOrukServiceSummary.pick({ id: true, name: true, status: true }), location: ZLocation });
