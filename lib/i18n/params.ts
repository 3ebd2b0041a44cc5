import { notFound } from "next/navigation";
import { isLocale, type TLocale } from "./config";

/** Reads the locale from route params; an unknown language code is a 404, never a crash. */
export async function resolveLocale(params: Promise<{ locale: string }>): Promise<TLocale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}
