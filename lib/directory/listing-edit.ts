import { z } from "zod";
import type { TI18nText } from "@/db/schema/types";
import { locales } from "@/lib/i18n/config";
import { DAYS } from "./schemas";

/** What a partner can change in a listing; also the shape of each stored version. */
export type TListingSnapshot = {
  name: TI18nText;
  description: TI18nText;
  phone: string | null;
  email: string | null;
  url: string | null;
  schedules: { byday: string; opensAt: string; closesAt: string }[];
};

export const MAX_SCHEDULE_ROWS = 4;

/** Plain text only: tags and control characters are removed and spacing tidied, so nothing a partner types can become markup. */
export function toPlainText(input: string): string {
  return input
    .replace(/<[^>]*>/g, " ")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E]/g, "")
    .replace(/[ \t]+/g, " ")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const text = (max: number) => z.preprocess((v) => (typeof v === "string" ? toPlainText(v) : ""), z.string().max(max, "directory:partner.errors.tooLong"));
const optional = (schema: z.ZodTypeAny) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : typeof v === "string" ? v.trim() : null), schema.nullable());
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const ZListingEdit = z
  .object({
    name_en: text(120).pipe(z.string().min(1, "directory:partner.errors.nameRequired")),
    description_en: text(2000).pipe(z.string().min(1, "directory:partner.errors.descriptionRequired")),
    ...Object.fromEntries(locales.filter((l) => l !== "en").flatMap((l) => [[`name_${l}`, text(120)], [`description_${l}`, text(2000)]])),
    phone: optional(z.string().regex(/^\+?[0-9 ()-]{10,20}$/, "directory:partner.errors.phone").refine((p) => p.replace(/\D/g, "").length >= 10 && p.replace(/\D/g, "").length <= 13, "directory:partner.errors.phone")),
    email: optional(z.string().email("directory:partner.errors.email").max(200, "directory:partner.errors.email")),
    url: optional(z.string().max(300, "directory:partner.errors.url").url("directory:partner.errors.url").refine((u) => /^https?:\/\//i.test(u), "directory:partner.errors.url")),
    ...Object.fromEntries(
      Array.from({ length: MAX_SCHEDULE_ROWS }, (_, i) => [
        [`day_${i}`, z.preprocess((v) => (v ? v : undefined), z.enum(DAYS).optional()).catch(undefined)],
        [`opens_${i}`, z.preprocess((v) => (typeof v === "string" && v ? v.trim() : undefined), z.string().regex(TIME, "directory:partner.errors.time").optional())],
        [`closes_${i}`, z.preprocess((v) => (typeof v === "string" && v ? v.trim() : undefined), z.string().regex(TIME, "directory:partner.errors.time").optional())],
      ]).flat(),
    ),
  })
  .superRefine((v, ctx) => {
    const rec = v as Record<string, string | undefined>;
    for (let i = 0; i < MAX_SCHEDULE_ROWS; i++) {
      const [d, o, c] = [rec[`day_${i}`], rec[`opens_${i}`], rec[`closes_${i}`]];
      if (!d && !o && !c) continue;
      if (!d || !o || !c) ctx.addIssue({ code: "custom", path: [`day_${i}`], message: "directory:partner.errors.incompleteTime" });
      else if (o >= c) ctx.addIssue({ code: "custom", path: [`closes_${i}`], message: "directory:partner.errors.closesBeforeOpens" });
    }
  });

/** Turns the validated form into a snapshot. Empty translations are dropped so they fall back to English. */
export function snapshotFromForm(v: z.infer<typeof ZListingEdit>): TListingSnapshot {
  const rec = v as Record<string, string | null | undefined>;
  const i18n = (field: "name" | "description"): TI18nText => {
    const out: TI18nText = { en: rec[`${field}_en`]! };
    for (const l of locales) if (l !== "en" && rec[`${field}_${l}`]) out[l] = rec[`${field}_${l}`]!;
    return out;
  };
  const schedules: TListingSnapshot["schedules"] = [];
  for (let i = 0; i < MAX_SCHEDULE_ROWS; i++) {
    const [d, o, c] = [rec[`day_${i}`], rec[`opens_${i}`], rec[`closes_${i}`]];
    if (d && o && c) schedules.push({ byday: d, opensAt: o, closesAt: c });
  }
  return { name: i18n("name"), description: i18n("description"), phone: rec.phone ?? null, email: rec.email ?? null, url: rec.url ?? null, schedules: sortSchedules(schedules) };
}

const dayIndex = (d: string) => (DAYS as readonly string[]).indexOf(d);
export const sortSchedules = <T extends { byday: string; opensAt: string }>(s: T[]) => [...s].sort((a, b) => dayIndex(a.byday) - dayIndex(b.byday) || a.opensAt.localeCompare(b.opensAt));

export type TDiffRow = { field: string; before: string; after: string };

/** Field-by-field differences between two versions, for the moderator. Times compare as one field. */
export function diffSnapshots(before: TListingSnapshot, after: TListingSnapshot): TDiffRow[] {
  const rows: TDiffRow[] = [];
  for (const field of ["name", "description"] as const)
    for (const l of locales) {
      const a = before[field][l] ?? "";
      const b = after[field][l] ?? "";
      if (a !== b) rows.push({ field: `${field}.${l}`, before: a, after: b });
    }
  for (const field of ["phone", "email", "url"] as const) if ((before[field] ?? "") !== (after[field] ?? "")) rows.push({ field, before: before[field] ?? "", after: after[field] ?? "" });
  const times = (s: TListingSnapshot["schedules"]) => sortSchedules(s).map((x) => `${x.byday} ${x.opensAt}-${x.closesAt}`).join(", ");
  if (times(before.schedules) !== times(after.schedules)) rows.push({ field: "schedules", before: times(before.schedules), after: times(after.schedules) });
  return rows;
}
