import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organisations, users } from "./accounts";
import { laps } from "./geo";
import { i18nText } from "./types";

/**
 * The service directory, aligned with Open Referral UK (HSDS 3.0 UK profile): organisation (accounts.ts),
 * service, location, service_at_location, schedule, language, service_area, taxonomy_term. Text partners
 * write is stored translated (`i18nText`); ORUK text fields are single-language, so the API serves English.
 */

/** A stored tsvector, so searches never recompute it per row (matching and ranking read the column). */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const taxonomyKind = pgEnum("directory_taxonomy", ["wellbeing-domain", "offer-type"]);

export const taxonomyTerms = pgTable(
  "directory_taxonomy_terms",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull().unique(),
    taxonomy: taxonomyKind("taxonomy").notNull(),
    name: i18nText("name").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [index("directory_taxonomy_terms_taxonomy_idx").on(t.taxonomy, t.sortOrder)],
);

/** ORUK statuses; "temporarily closed" is stored with an underscore and spelt with a space in the API. */
export const serviceStatus = pgEnum("directory_service_status", ["active", "temporarily_closed", "inactive"]);

export const directoryServices = pgTable(
  "directory_services",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stable key for seeds and the benchmark generator, so loading twice updates rather than duplicates. */
    slug: text("slug").notNull().unique(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: i18nText("name").notNull(),
    description: i18nText("description").notNull(),
    status: serviceStatus("status").notNull().default("active"),
    url: text("url"),
    email: text("email"),
    phone: text("phone"),
    /** How to join or be referred (ORUK application_process). */
    applicationProcess: i18nText("application_process"),
    isFree: boolean("is_free").notNull().default(true),
    feesDescription: i18nText("fees_description"),
    minimumAge: integer("minimum_age"),
    maximumAge: integer("maximum_age"),
    eligibilityDescription: i18nText("eligibility_description"),
    acceptingReferrals: boolean("accepting_referrals").notNull().default(true),
    /** Indicative wait in weeks, shown as ORUK `wait_time`. */
    waitWeeks: integer("wait_weeks"),
    /** ORUK assured_date: when the organisation last confirmed the listing is right ("last checked"). */
    assuredAt: timestamp("assured_at", { withTimezone: true }).notNull().defaultNow(),
    /** Every language's name, description and terms run together, kept by the app for full-text search. */
    searchDocument: text("search_document").notNull().default(""),
    searchVector: tsvector("search_vector").generatedAlwaysAs(sql`to_tsvector('simple'::regconfig, search_document)`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("directory_services_org_idx").on(t.organisationId),
    index("directory_services_status_idx").on(t.status),
    index("directory_services_fts_idx").using("gin", t.searchVector),
    check("directory_services_ages", sql`${t.minimumAge} is null or ${t.maximumAge} is null or ${t.minimumAge} <= ${t.maximumAge}`),
    check("directory_services_age_range", sql`(${t.minimumAge} is null or ${t.minimumAge} between 0 and 120) and (${t.maximumAge} is null or ${t.maximumAge} between 0 and 120)`),
    check("directory_services_wait", sql`${t.waitWeeks} is null or ${t.waitWeeks} between 0 and 104`),
  ],
);

export const serviceTaxonomy = pgTable(
  "directory_service_taxonomy",
  {
    serviceId: uuid("service_id")
      .notNull()
      .references(() => directoryServices.id, { onDelete: "cascade" }),
    termId: uuid("term_id")
      .notNull()
      .references(() => taxonomyTerms.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.termId] }), index("directory_service_taxonomy_term_idx").on(t.termId)],
);

/** Languages the service is delivered in (ISO 639-1 codes), not translations of its text. */
export const serviceLanguages = pgTable(
  "directory_service_languages",
  {
    serviceId: uuid("service_id")
      .notNull()
      .references(() => directoryServices.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.code] }), index("directory_service_languages_code_idx").on(t.code)],
);

/** Service areas: the LAPs a service serves (ORUK service_area). */
export const serviceAreas = pgTable(
  "directory_service_areas",
  {
    serviceId: uuid("service_id")
      .notNull()
      .references(() => directoryServices.id, { onDelete: "cascade" }),
    lapId: uuid("lap_id")
      .notNull()
      .references(() => laps.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.lapId] }), index("directory_service_areas_lap_idx").on(t.lapId)],
);

export const serviceContacts = pgTable("directory_service_contacts", {
  id: uuid("id").primaryKey().defaultRandom(),
  serviceId: uuid("service_id")
    .notNull()
    .references(() => directoryServices.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  title: text("title"),
  email: text("email"),
  phone: text("phone"),
});

export const directoryLocations = pgTable(
  "directory_locations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    address1: text("address_1").notNull(),
    city: text("city").notNull(),
    /** Normalised ("NN16 8AB") by lib/geo/postcode.ts. */
    postcode: text("postcode").notNull(),
    /** From the postcode area's centroid (lookupPostcode): approximate, enough for "miles away". */
    latitude: doublePrecision("latitude").notNull(),
    longitude: doublePrecision("longitude").notNull(),
    lapId: uuid("lap_id").references(() => laps.id),
    accessibility: i18nText("accessibility"),
    stepFree: boolean("step_free").notNull().default(false),
    hearingLoop: boolean("hearing_loop").notNull().default(false),
    accessibleToilet: boolean("accessible_toilet").notNull().default(false),
    /** How to get there: buses, parking. */
    transport: i18nText("transport"),
  },
  (t) => [index("directory_locations_org_idx").on(t.organisationId), index("directory_locations_lap_idx").on(t.lapId)],
);

export const serviceAtLocations = pgTable(
  "directory_service_at_locations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => directoryServices.id, { onDelete: "cascade" }),
    locationId: uuid("location_id")
      .notNull()
      .references(() => directoryLocations.id, { onDelete: "cascade" }),
  },
  (t) => [uniqueIndex("directory_sal_unique").on(t.serviceId, t.locationId), index("directory_sal_location_idx").on(t.locationId)],
);

export const attendingType = pgEnum("directory_attending_type", ["in_person", "online", "phone"]);

/** Weekly recurring opening times (ORUK schedule with freq=WEEKLY). Times are UK local time, "HH:MM". */
export const schedules = pgTable(
  "directory_schedules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => directoryServices.id, { onDelete: "cascade" }),
    /** Null for online or phone sessions that have no venue. */
    serviceAtLocationId: uuid("service_at_location_id").references(() => serviceAtLocations.id, { onDelete: "cascade" }),
    byday: text("byday").notNull(),
    opensAt: text("opens_at").notNull(),
    closesAt: text("closes_at").notNull(),
    validFrom: date("valid_from"),
    validTo: date("valid_to"),
    attendingType: attendingType("attending_type").notNull().default("in_person"),
    description: i18nText("description"),
  },
  (t) => [
    index("directory_schedules_service_idx").on(t.serviceId),
    index("directory_schedules_day_idx").on(t.byday, t.opensAt),
    check("directory_schedules_byday", sql`${t.byday} in ('MO','TU','WE','TH','FR','SA','SU')`),
    check("directory_schedules_times", sql`${t.opensAt} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and ${t.closesAt} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and ${t.opensAt} < ${t.closesAt}`),
  ],
);

export const versionState = pgEnum("directory_version_state", ["published", "pending", "approved", "rejected"]);

/**
 * Every version of a listing, as a JSON snapshot of what a partner can edit. A partner's edit to a published
 * listing is a "pending" version that a moderator approves (and it is applied) or rejects with a reason.
 */
export const serviceVersions = pgTable(
  "directory_service_versions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => directoryServices.id, { onDelete: "cascade" }),
    state: versionState("state").notNull(),
    snapshot: jsonb("snapshot").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    reviewedBy: uuid("reviewed_by").references(() => users.id, { onDelete: "set null" }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reason: text("reason"),
  },
  (t) => [
    index("directory_service_versions_service_idx").on(t.serviceId, t.createdAt),
    // At most one edit awaiting moderation per listing: a second edit replaces the first.
    uniqueIndex("directory_service_versions_one_pending").on(t.serviceId).where(sql`${t.state} = 'pending'`),
  ],
);

/** Requests to the open ORUK API per hashed network address per minute, for throttling without Redis. */
export const apiRequestCounts = pgTable(
  "directory_api_request_counts",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);
