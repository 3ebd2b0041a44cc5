import { customType } from "drizzle-orm/pg-core";
import type { TLocale } from "@/lib/i18n/config";

/** Text that people author, stored translated: `{ en: "...", pl: "..." }`. English is required; others fall back to it. */
export type TI18nText = { en: string } & Partial<Record<TLocale, string>>;

export const i18nText = customType<{ data: TI18nText; driverData: string }>({
  dataType: () => "jsonb",
  toDriver: (value) => JSON.stringify(value),
  fromDriver: (value) => (typeof value === "string" ? (JSON.parse(value) as TI18nText) : (value as TI18nText)),
});
