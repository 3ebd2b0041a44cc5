import { notFound } from "next/navigation";
import { defaultLocale, isLocale, type TLocale } from "./config";

/** Reads the locale from route params; an unknown language code is a 404, never a crash. */
export async function resolveLocale(params: Promise<{ locale: string }>): Promise<TLocale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}

/** Any value to a supported locale, falling back to English (for query strings and stored preferences). */
export const toLocale = (raw: unknown): TLocale => (isLocale(raw) ? raw : defaultLocale);

/** The locale a plain form posted in its hidden `locale` field. */
export const formLocale = (form: FormData): TLocale => toLocale(form.get("locale"));
