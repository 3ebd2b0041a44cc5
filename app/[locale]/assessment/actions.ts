"use server";
import { formLocale } from "@/lib/i18n/params";

import { headers, cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { checkLimit, LIMITS, networkKey, recordAttempt } from "@/lib/auth/rate-limit";
import { getCurrentUser } from "@/lib/auth/session";
import { ASSESSMENT_COOKIE, CODE_COOKIE, cookieOptions, FLASH_COOKIE, getCurrentAssessment } from "@/lib/assessment/current";
import { applicableQuestions, getQuestion, getQuestionBank, missingQuestions } from "@/lib/assessment/question-bank";
import { formatResumeCode, normaliseResumeCode } from "@/lib/assessment/resume-code";
import { parseAnswerForm } from "@/lib/assessment/schemas";
import { CrisisAssessmentError, IncompleteAssessmentError } from "@/lib/assessment/scoring";
import { claimAssessment, findByResumeCode, loadAnswers, recordReviewConsent, saveAnswer, setEasyRead, startAssessment, submitAssessment } from "@/lib/assessment/store";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import type { TLocale } from "@/lib/i18n/config";
import { notify } from "@/lib/notify";

const str = (fd: FormData, key: string) => {
  const v = fd.get(key);
  return typeof v === "string" ? v : "";
};
const base = (locale: TLocale) => `/${locale}/assessment`;

async function nextPath(locale: TLocale, assessmentId: string): Promise<string> {
  const db = await getDb();
  const missing = missingQuestions(getQuestionBank(), await loadAnswers(db, assessmentId));
  return missing[0] ? `${base(locale)}/q/${missing[0].id}` : `${base(locale)}/check`;
}

export async function startAction(fd: FormData) {
  const locale = formLocale(fd);
  const user = await getCurrentUser();
  const db = await getDb();
  const { id, code } = await startAssessment(db, { userId: user?.role === "resident" ? user.id : null, easyRead: str(fd, "easyRead") === "1" });
  const jar = await cookies();
  jar.set(ASSESSMENT_COOKIE, id, cookieOptions());
  jar.set(CODE_COOKIE, code, cookieOptions());
  redirect(`${base(locale)}/code`);
}

export async function resumeAction(fd: FormData) {
  const locale = formLocale(fd);
  const code = normaliseResumeCode(str(fd, "code"));
  if (!code) redirect(`${base(locale)}?error=resumeCode#code`);
  // Failed guesses are counted per network so the code space cannot be walked.
  const h = await headers();
  const key = `resume:${networkKey(h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? h.get("x-real-ip"))}`;
  if ((await checkLimit(key, "network", LIMITS.attemptsPerNetwork, true)).limited) redirect(`${base(locale)}?error=notFound#code`);
  const db = await getDb();
  const row = await findByResumeCode(db, code);
  const user = await getCurrentUser();
  if (!row || (row.userId && row.userId !== user?.id)) {
    await recordAttempt(key, "network", false);
    redirect(`${base(locale)}?error=notFound#code`);
  }
  // A signed-in resident using the code of an assessment done with an advisor claims it into their account.
  if (!row.userId && user?.role === "resident") await claimAssessment(db, row.id, user.id);
  const jar = await cookies();
  jar.set(ASSESSMENT_COOKIE, row.id, cookieOptions());
  jar.set(CODE_COOKIE, code, cookieOptions());
  if (row.status === "completed") redirect(`${base(locale)}/results`);
  if (row.status === "crisis") redirect(`${base(locale)}/urgent`);
  redirect(await nextPath(locale, row.id));
}

export async function answerAction(fd: FormData) {
  const locale = formLocale(fd);
  const row = await getCurrentAssessment();
  if (!row) redirect(base(locale));
  if (row.status === "completed") redirect(`${base(locale)}/results`);
  const bank = getQuestionBank(row.bankVersion);
  const question = getQuestion(bank, str(fd, "questionId"));
  const db = await getDb();
  const answers = await loadAnswers(db, row.id);
  // Only questions on this resident's path can be answered: a forged questionId cannot plant an answer.
  if (!question || !applicableQuestions(bank, answers).some((q) => q.id === question.id)) redirect(await nextPath(locale, row.id));
  const form = Object.fromEntries([...fd.entries()].filter(([, v]) => typeof v === "string")) as Record<string, string>;
  const parsed = parseAnswerForm(bank, question, form);
  const jar = await cookies();
  const returnTo = str(fd, "returnTo") === "check" ? "?returnTo=check" : "";
  if (!parsed.ok) {
    const values = Object.fromEntries(["cm", "feet", "inches", "kg", "stones", "pounds", "postcode"].filter((k) => form[k]).map((k) => [k, form[k]!.slice(0, 20)]));
    jar.set(FLASH_COOKIE, JSON.stringify({ q: question.id, field: parsed.field, error: parsed.error, values }), { ...cookieOptions(), maxAge: 120 });
    redirect(`${base(locale)}/q/${question.id}${returnTo}`);
  }
  jar.delete(FLASH_COOKIE);
  const { crisis } = await saveAnswer(db, row.id, question.id, parsed.answer);
  if (crisis) redirect(`${base(locale)}/urgent`);
  redirect(await nextPath(locale, row.id));
}

export async function easyReadAction(fd: FormData) {
  const locale = formLocale(fd);
  const row = await getCurrentAssessment();
  const back = str(fd, "back");
  const safeBack = back.startsWith(`${base(locale)}`) && !back.includes("//") ? back : base(locale);
  if (row) await setEasyRead(await getDb(), row.id, str(fd, "easyRead") === "1");
  redirect(safeBack);
}

export async function consentAction(fd: FormData) {
  const locale = formLocale(fd);
  const row = await getCurrentAssessment();
  if (!row) redirect(base(locale));
  const consent = str(fd, "consent");
  if (consent !== "yes" && consent !== "no") redirect(`${base(locale)}/urgent?error=consent#consent`);
  await recordReviewConsent(await getDb(), row.id, consent === "yes");
  redirect(`${base(locale)}/urgent?saved=${consent}`);
}

export async function submitAction(fd: FormData) {
  const locale = formLocale(fd);
  const row = await getCurrentAssessment();
  if (!row) redirect(base(locale));
  try {
    await submitAssessment(await getDb(), row.id);
  } catch (e) {
    if (e instanceof IncompleteAssessmentError) redirect(await nextPath(locale, row.id));
    if (e instanceof CrisisAssessmentError) redirect(`${base(locale)}/urgent`);
    throw e;
  }
  redirect(`${base(locale)}/results`);
}

export async function emailLinkAction(fd: FormData) {
  const locale = formLocale(fd);
  const code = (await cookies()).get(CODE_COOKIE)?.value;
  if (!code) redirect(base(locale));
  const email = z.email().max(254).safeParse(str(fd, "email").trim());
  if (!email.success) redirect(`${base(locale)}/code?error=email#email`);
  const link = `${env().NEXTAUTH_URL}${base(locale)}?code=${code}#code`;
  await notify({ channel: "email", to: email.data, template: "assessmentResumeLink", locale, data: { link, code: formatResumeCode(code) } });
  redirect(`${base(locale)}/code?sent=1`);
}
