import { boolean, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { i18nText } from "./types";

/** The eight First for Wellbeing services that residents are social-prescribed to. */
export const wellbeingServices = pgTable("wellbeing_services", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  domain: text("domain").notNull().unique(),
  bookable: boolean("bookable").notNull().default(false),
  name: i18nText("name").notNull(),
  summary: i18nText("summary").notNull(),
  description: i18nText("description").notNull(),
  sortOrder: integer("sort_order").notNull().default(0),
});
