import type { TLocale } from "./config";

/** All dates and times shown to people are in UK time, whatever the server's zone. Stored values are UTC. */
export const TIME_ZONE = "Europe/London";

const intlLocale = (locale: TLocale) => (locale === "en" ? "en-GB" : locale);

export function formatDate(value: Date | string, locale: TLocale, style: "long" | "short" = "long"): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: TIME_ZONE,
    ...(style === "long" ? { day: "numeric", month: "long", year: "numeric" } : { day: "2-digit", month: "2-digit", year: "numeric" }),
  }).format(date);
}

export function formatTime(value: Date | string, locale: TLocale): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit" }).format(date);
}

export function formatDateTime(value: Date | string, locale: TLocale): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: TIME_ZONE,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
}

export function formatNumber(value: number, locale: TLocale, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(intlLocale(locale), options).format(value);
}

/** Picks the text for a locale from translated data, falling back to English. */
export function pickText(text: { en: string } & Partial<Record<TLocale, string>>, locale: TLocale): string {
  return text[locale]?.trim() ? (text[locale] as string) : text.en;
}
