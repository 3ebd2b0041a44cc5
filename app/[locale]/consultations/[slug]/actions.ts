"use server";
import { formLocale } from "@/lib/i18n/params";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getConsultation } from "@/lib/engagement/consultations";
import { deviceKey, requestNetworkKey } from "@/lib/engagement/request-keys";
import { readAnswers } from "@/lib/engagement/read-answers";
import { submitResponse } from "@/lib/engagement/submit-response";
import { supportIdea } from "@/lib/engagement/support-idea";

const slugOf = (form: FormData) => encodeURIComponent(String(form.get("slug") ?? ""));

/** A resident's answers, anonymous or signed in. Post/redirect/get: the outcome is shown on the next page. */
export async function submitIdeaAction(form: FormData) {
  const locale = formLocale(form);
  const slug = slugOf(form);
  const db = await getDb();
  const consultation = await getConsultation(db, { slug: String(form.get("slug") ?? "") }, true);
  if (!consultation) redirect(`/${locale}/consultations`);
  const user = await getCurrentUser();
  const result = await submitResponse(db, {
    consultationId: consultation.id,
    language: locale,
    postcode: String(form.get("postcode") ?? "").slice(0, 16),
    answers: readAnswers(form, consultation.questions),
    contactEmail: String(form.get("email") ?? "") || null,
    equality: { ageBand: String(form.get("ageBand") ?? ""), sex: String(form.get("sex") ?? ""), ethnicity: String(form.get("ethnicity") ?? ""), disability: String(form.get("disability") ?? "") },
    honeypot: String(form.get("website") ?? ""),
    userId: user?.id ?? null,
    channel: "online",
    enteredBy: null,
    deviceKey: await deviceKey(),
    networkKey: await requestNetworkKey(),
  });
  if (!result.ok) redirect(`/${locale}/consultations/${slug}?error=${result.error}${result.retryAfterMinutes ? `&minutes=${result.retryAfterMinutes}` : ""}#take-part`);
  redirect(`/${locale}/consultations/${slug}/thanks${result.held ? "?held=1" : ""}`);
}

export async function supportIdeaAction(form: FormData) {
  const locale = formLocale(form);
  const slug = slugOf(form);
  const ideaId = String(form.get("ideaId") ?? "");
  if (!/^[0-9a-f-]{36}$/.test(ideaId)) redirect(`/${locale}/consultations/${slug}`);
  const user = await getCurrentUser();
  const key = user ? `user:${user.id}` : await deviceKey();
  await supportIdea(await getDb(), ideaId, key);
  redirect(`/${locale}/consultations/${slug}?supported=1#idea-${ideaId}`);
}
