/** The portal's eight languages. English is the source; Urdu is written right to left. */
export const locales = ["en", "pl", "ro", "lt", "ru", "pt", "so", "ur"] as const;
export type TLocale = (typeof locales)[number];
export const defaultLocale: TLocale = "en";

/** Each language's own name for itself (endonym), shown in the language switcher. */
export const localeNames: Record<TLocale, string> = {
  en: "English",
  pl: "Polski",
  ro: "Română",
  lt: "Lietuvių",
  ru: "Русский",
  pt: "Português",
  so: "Soomaali",
  ur: "اردو",
};

const rtl = new Set<TLocale>(["ur"]);
export const localeDir = (locale: TLocale): "ltr" | "rtl" => (rtl.has(locale) ? "rtl" : "ltr");

export const isLocale = (value: unknown): value is TLocale =>
  typeof value === "string" && (locales as readonly string[]).includes(value);

/** UI namespaces, one JSON file each in locales/<lng>/. */
export const namespaces = ["common", "home", "auth", "account", "staff", "errors", "notify", "dev", "info", "assessment", "booking", "engagement", "directory"] as const;
export type TNamespace = (typeof namespaces)[number];

export const LOCALE_COOKIE = "NEXT_LOCALE";
