import { boolean, doublePrecision, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { i18nText } from "./types";

/** The two council areas ("Places"): West and North Northamptonshire. */
export const places = pgTable("places", {
  id: uuid("id").primaryKey().defaultRandom(),
  code: text("code").notNull().unique(),
  name: i18nText("name").notNull(),
  council: text("council").notNull(),
});

/** Local Area Partnerships. Names are reference data that admins can edit; `illustrative` marks the seeded set. */
export const laps = pgTable(
  "laps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull().unique(),
    placeId: uuid("place_id")
      .notNull()
      .references(() => places.id),
    name: i18nText("name").notNull(),
    mainTown: text("main_town").notNull(),
    rural: boolean("rural").notNull().default(false),
    illustrative: boolean("illustrative").notNull().default(true),
    sortOrder: integer("sort_order").notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("laps_place_idx").on(t.placeId)],
);

export const postcodeAreaKind = pgEnum("postcode_area_kind", ["district", "sector"]);

/**
 * Postcode district ("NN17") and sector ("NN17 1") → LAP, with an approximate centroid for distance search.
 * A full postcode resolves to its sector, else its district.
 */
export const postcodeAreas = pgTable(
  "postcode_areas",
  {
    code: text("code").primaryKey(),
    kind: postcodeAreaKind("kind").notNull(),
    district: text("district").notNull(),
    lapId: uuid("lap_id")
      .notNull()
      .references(() => laps.id),
    town: text("town").notNull(),
    lat: doublePrecision("lat").notNull(),
    lng: doublePrecision("lng").notNull(),
    rural: boolean("rural").notNull().default(false),
    illustrative: boolean("illustrative").notNull().default(true),
  },
  (t) => [index("postcode_areas_lap_idx").on(t.lapId), index("postcode_areas_district_idx").on(t.district)],
);
