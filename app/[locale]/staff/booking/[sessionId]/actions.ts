"use server";
import { formLocale } from "@/lib/i18n/params";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireActionPermission } from "@/lib/authz/guard";
import { recordOutcome } from "@/lib/booking/roster";
import { getDb } from "@/lib/db";

const kg = z.preprocess(
  (v) => (typeof v === "string" && v.trim() !== "" ? Number(v.trim().replace(",", ".")) : null),
  z.number().min(20).max(400).nullable(),
);
const ZOutcome = z.object({
  status: z.enum(["confirmed", "attended", "did_not_attend"]),
  smoking4Week: z.preprocess((v) => (v === "" ? null : v), z.enum(["quit_co_validated", "quit_self_reported", "not_quit", "lost_to_follow_up"]).nullable().optional()),
  week0: kg.optional(),
  week12: kg.optional(),
});

export async function recordOutcomeAction(form: FormData) {
  const actor = await requireActionPermission("booking.roster:update");
  const locale = formLocale(form);
  const sessionId = encodeURIComponent(String(form.get("session") ?? ""));
  const bookingId = String(form.get("booking") ?? "");
  const parsed = ZOutcome.safeParse(Object.fromEntries(form.entries()));
  if (!parsed.success) redirect(`/${locale}/staff/booking/${sessionId}?error=${encodeURIComponent(bookingId)}`);
  const grams = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v * 1000));
  const ok = await recordOutcome(await getDb(), actor, bookingId, {
    status: parsed.data.status,
    smoking4Week: parsed.data.smoking4Week ?? null,
    weightWeek0Grams: grams(parsed.data.week0),
    weightWeek12Grams: grams(parsed.data.week12),
  });
  redirect(ok ? `/${locale}/staff/booking/${sessionId}?saved=${encodeURIComponent(bookingId)}` : `/${locale}/staff/booking`);
}
