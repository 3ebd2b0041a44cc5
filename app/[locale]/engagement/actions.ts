"use server";
import { formLocale } from "@/lib/i18n/params";
import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { ideas, type TI18nText } from "@/db/schema";
import { requireActionPermission } from "@/lib/authz/guard";
import { getDb } from "@/lib/db";
import { audit } from "@/lib/audit";
import { changeConsultationStatus, createConsultation, getConsultation } from "@/lib/engagement/consultations";
import { moderateIdea, moderationReasons, type TModerationReason } from "@/lib/engagement/moderate-idea";
import { publishYouSaidWeDid } from "@/lib/engagement/publish-you-said-we-did";
import { readAnswers } from "@/lib/engagement/read-answers";
import { requestNetworkKey } from "@/lib/engagement/request-keys";
import { submitResponse } from "@/lib/engagement/submit-response";
import { assignThemes, removeTheme } from "@/lib/engagement/theme-ideas";
import { isLocale, locales } from "@/lib/i18n/config";

const uuidOf = (form: FormData, name: string) => {
  const v = String(form.get(name) ?? "");
  return /^[0-9a-f-]{36}$/.test(v) ? v : "";
};

/** `<prefix>_<locale>` fields → translated text; null when English is empty. */
function readI18n(form: FormData, prefix: string, max = 4000): TI18nText | null {
  const out: Record<string, string> = {};
  for (const l of locales) {
    const v = String(form.get(`${prefix}_${l}`) ?? "").trim().slice(0, max);
    if (v) out[l] = v;
  }
  return out.en ? (out as TI18nText) : null;
}

export async function createConsultationAction(form: FormData) {
  const actor = await requireActionPermission("engagement.consultations:manage");
  const locale = formLocale(form);
  const title = readI18n(form, "title", 200);
  const summary = readI18n(form, "summary", 600);
  const background = readI18n(form, "background");
  const ideaPrompt = readI18n(form, "ideaPrompt", 300);
  if (!title) redirect(`/${locale}/engagement/consultations/new?error=title-required`);
  if (!summary || !background || !ideaPrompt) redirect(`/${locale}/engagement/consultations/new?error=fields-required`);
  const rawDate = String(form.get("closesOn") ?? "").trim();
  let closesOn: Date | null = null;
  if (rawDate) {
    closesOn = /^\d{4}-\d{2}-\d{2}$/.test(rawDate) ? new Date(`${rawDate}T23:59:00Z`) : null;
    if (!closesOn || Number.isNaN(closesOn.getTime()) || closesOn <= new Date()) redirect(`/${locale}/engagement/consultations/new?error=date`);
  }
  const targetLapCodes = form.getAll("laps").map(String).filter((c) => /^[A-Z]\d{2}$/.test(c));
  const row = await createConsultation(await getDb(), actor, { title, summary, background, ideaPrompt, closesOn, targetLapCodes });
  redirect(`/${locale}/engagement/consultations/${row.id}?created=1`);
}

export async function changeStatusAction(form: FormData) {
  const actor = await requireActionPermission("engagement.consultations:manage");
  const locale = formLocale(form);
  const id = uuidOf(form, "id");
  const action = form.get("action") === "close" ? "close" : "open";
  const ok = id && (await changeConsultationStatus(await getDb(), actor, id, action));
  redirect(`/${locale}/engagement/consultations/${id}?${ok ? (action === "open" ? "opened=1" : "closed=1") : "error=not-done"}`);
}

export async function themeIdeaAction(form: FormData) {
  const actor = await requireActionPermission("engagement.consultations:manage");
  const locale = formLocale(form);
  const id = uuidOf(form, "consultationId");
  const ideaId = uuidOf(form, "ideaId");
  const chosen = form.getAll("themes").map(String);
  const suggested = String(form.get("suggested") ?? "").split(",").filter(Boolean);
  const before = String(form.get("current") ?? "").split(",").filter(Boolean);
  const db = await getDb();
  if (ideaId) {
    await assignThemes(db, actor, [ideaId], chosen, suggested);
    for (const slug of before.filter((s) => !chosen.includes(s))) await removeTheme(db, actor, ideaId, slug);
  }
  redirect(`/${locale}/engagement/consultations/${id}?themed=1#idea-${ideaId}`);
}

export async function bulkThemeAction(form: FormData) {
  const actor = await requireActionPermission("engagement.consultations:manage");
  const locale = formLocale(form);
  const id = uuidOf(form, "consultationId");
  const ideaIds = form.getAll("ideas").map(String).filter((v) => /^[0-9a-f-]{36}$/.test(v));
  const theme = String(form.get("theme") ?? "");
  await assignThemes(await getDb(), actor, ideaIds, theme ? [theme] : []);
  redirect(`/${locale}/engagement/consultations/${id}?themed=1#bulk`);
}

export async function translateIdeaAction(form: FormData) {
  const actor = await requireActionPermission("engagement.consultations:manage");
  const locale = formLocale(form);
  const id = uuidOf(form, "consultationId");
  const ideaId = uuidOf(form, "ideaId");
  const en = String(form.get("translation") ?? "").trim().slice(0, 4000);
  if (ideaId) {
    const db = await getDb();
    await db.update(ideas).set({ translation: en ? { en } : null, translatedBy: actor.id }).where(eq(ideas.id, ideaId));
    await audit(actor, "idea.translate", "idea", ideaId, db);
  }
  redirect(`/${locale}/engagement/consultations/${id}?translated=1#idea-${ideaId}`);
}

export async function moderateAction(form: FormData) {
  const actor = await requireActionPermission("engagement.ideas:moderate");
  const locale = formLocale(form);
  const ideaId = uuidOf(form, "ideaId");
  const action = form.get("action") === "hide" ? "hide" : "restore";
  const rawReason = String(form.get("reason") ?? "");
  const reason = ((moderationReasons as readonly string[]).includes(rawReason) ? rawReason : action === "hide" ? "personal-details" : "checked-ok") as TModerationReason;
  const ok = ideaId && (await moderateIdea(await getDb(), actor, ideaId, action, reason));
  redirect(`/${locale}/engagement/moderation?${ok ? "done=1" : "error=not-done"}`);
}

export async function publishYswAction(form: FormData) {
  const actor = await requireActionPermission("engagement.consultations:manage");
  const locale = formLocale(form);
  const id = uuidOf(form, "consultationId");
  const youSaid = readI18n(form, "youSaid");
  const weDid = readI18n(form, "weDid");
  if (!youSaid || !weDid) redirect(`/${locale}/engagement/consultations/${id}?error=text-required#ysw`);
  const theme = String(form.get("theme") ?? "");
  const ok = await publishYouSaidWeDid(await getDb(), actor, id, { themeSlug: theme || null, youSaid, weDid });
  redirect(`/${locale}/engagement/consultations/${id}?${ok ? "published=1" : "error=not-done"}`);
}

/** Staff type in a paper, event or phone response; the channel and who entered it are recorded. */
export async function enterResponseAction(form: FormData) {
  const actor = await requireActionPermission("engagement.responses:enter");
  const locale = formLocale(form);
  const id = uuidOf(form, "consultationId");
  const db = await getDb();
  const c = await getConsultation(db, { id }, false);
  if (!c) redirect(`/${locale}/engagement`);
  const channelRaw = String(form.get("channel") ?? "");
  const channel = (["paper", "event", "staff"].includes(channelRaw) ? channelRaw : "paper") as "paper" | "event" | "staff";
  const langRaw = String(form.get("language") ?? "");
  const result = await submitResponse(db, {
    consultationId: c.id,
    language: isLocale(langRaw) ? langRaw : "en",
    postcode: String(form.get("postcode") ?? "").slice(0, 16),
    answers: readAnswers(form, c.questions),
    contactEmail: String(form.get("email") ?? "") || null,
    equality: { ageBand: String(form.get("ageBand") ?? ""), sex: String(form.get("sex") ?? ""), ethnicity: String(form.get("ethnicity") ?? ""), disability: String(form.get("disability") ?? "") },
    honeypot: "",
    userId: null,
    channel,
    enteredBy: actor.id,
    deviceKey: `staff:${actor.id}`,
    networkKey: await requestNetworkKey(),
  });
  redirect(`/${locale}/engagement/consultations/${id}?${result.ok ? "entered=1" : `error=${result.error}`}#enter`);
}
