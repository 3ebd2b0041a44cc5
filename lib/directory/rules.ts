import type { TI18nText } from "@/db/schema/types";
import { locales, type TLocale } from "@/lib/i18n/config";

/** A listing not confirmed for six months, plus a month's grace to respond to the reminder, may be out of date. */
export const STALE_AFTER_DAYS = 6 * 30 + 30;

export function isStale(assuredAt: Date, now: Date = new Date()): boolean {
  return now.getTime() - assuredAt.getTime() > STALE_AFTER_DAYS * 24 * 3600 * 1000;
}

/** The portal languages a translated text is still missing, shown to partners so they can ask for help. */
export function missingLanguages(texts: (TI18nText | null | undefined)[]): TLocale[] {
  const present = texts.filter((t): t is TI18nText => !!t);
  return locales.filter((l) => l !== "en" && present.some((t) => !t[l]?.trim()));
}

/** True when any of the texts falls back to English in this locale. */
export function fallsBackToEnglish(texts: (TI18nText | null | undefined)[], locale: TLocale): boolean {
  return locale !== "en" && missingLanguages(texts).includes(locale);
}
