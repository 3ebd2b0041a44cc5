import { z } from "zod";
import { locales } from "@/lib/i18n/config";

const optionalName = z.string().trim().max(100, "errors:lap.nameTooLong").optional().default("");

/** The LAP rename form: English is required, every other language optional (it falls back to English). */
export const ZRenameLap = z.object({
  code: z.string().regex(/^[A-Z]\d{2}$/),
  ...Object.fromEntries(locales.map((l) => [`name_${l}`, l === "en" ? z.string().trim().min(1, "errors:lap.nameMissing").max(100, "errors:lap.nameTooLong") : optionalName])),
});
export type TRenameLap = z.infer<typeof ZRenameLap>;

export const ZRemapArea = z.object({
  areaCode: z.string().trim().toUpperCase().regex(/^[A-Z]{1,2}\d[A-Z\d]?( \d)?$/),
  lapCode: z.string().regex(/^[A-Z]\d{2}$/, "errors:lap.unknown"),
});
