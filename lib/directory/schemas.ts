import { z } from "zod";

export const DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export const PARTS_OF_DAY = ["morning", "afternoon", "evening"] as const;
export const MODES = ["in_person", "online"] as const;
export const RADII = [1, 3, 5, 10, 25] as const;
/** Languages a resident can filter by: the portal's eight plus Punjabi, widely spoken in the county. */
export const SERVICE_LANGUAGES = ["en", "pl", "ro", "lt", "ru", "pt", "so", "ur", "pa"] as const;
export const PAGE_SIZE = 10;
export const MAX_QUERY_LENGTH = 200;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) => z.preprocess(blankToUndefined, z.enum(values).optional());

/**
 * The public search form (GET, so results can be shared by URL). Errors are i18n keys. A value that is not
 * one of the offered options is a tampered URL: it is dropped rather than shown as an error.
 */
export const ZDirectorySearch = z.object({
  q: z.preprocess((v) => (typeof v === "string" ? v.trim() : undefined), z.string().max(MAX_QUERY_LENGTH, "directory:errors.queryTooLong").optional()),
  need: z.preprocess(blankToUndefined, z.string().regex(/^[a-z-]{2,40}$/).optional()).catch(undefined),
  postcode: z.preprocess((v) => (typeof v === "string" && v.trim() ? v.trim() : undefined), z.string().max(16, "directory:errors.postcodeInvalid").optional()),
  radius: z.preprocess(blankToUndefined, z.coerce.number().refine((n) => (RADII as readonly number[]).includes(n)).optional()).catch(undefined),
  lap: z.preprocess(blankToUndefined, z.string().regex(/^[A-Z]\d{2}$/).optional()).catch(undefined),
  day: optionalEnum(DAYS).catch(undefined),
  time: optionalEnum(PARTS_OF_DAY).catch(undefined),
  language: optionalEnum(SERVICE_LANGUAGES).catch(undefined),
  free: z.preprocess((v) => v === "1" || v === "on" || v === "true", z.boolean()).catch(false),
  age: z.preprocess(blankToUndefined, z.coerce.number({ message: "directory:errors.ageInvalid" }).int("directory:errors.ageInvalid").min(0, "directory:errors.ageInvalid").max(120, "directory:errors.ageInvalid").optional()),
  mode: optionalEnum(MODES).catch(undefined),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(1000).optional()).catch(undefined),
});
export type TDirectorySearch = z.infer<typeof ZDirectorySearch>;

/** Reads a URL's search parameters (first value of each) into the search; field errors come back as i18n keys. */
export function parseDirectorySearch(params: Record<string, string | string[] | undefined>) {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const result = ZDirectorySearch.safeParse(flat);
  if (result.success) return { search: result.data, errors: {} as Record<string, string> };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[String(issue.path[0])] ??= issue.message;
  // Keep what is valid so the form and results still work around the bad field.
  const cleaned = { ...flat };
  for (const key of Object.keys(errors)) delete cleaned[key];
  const retry = ZDirectorySearch.safeParse(cleaned);
  return { search: retry.success ? retry.data : ({ free: false } as TDirectorySearch), errors };
}

/** Which times count as morning, afternoon or evening (UK local time, "HH:MM" compare as text). */
export const partOfDayWindow: Record<(typeof PARTS_OF_DAY)[number], { opensBefore: string; closesAfter: string }> = {
  morning: { opensBefore: "12:00", closesAfter: "00:00" },
  afternoon: { opensBefore: "17:00", closesAfter: "12:00" },
  evening: { opensBefore: "23:59", closesAfter: "17:00" },
};
