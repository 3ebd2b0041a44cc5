import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BackLink, Button, SummaryList } from "@/components/ui";
import { getCurrentAssessment } from "@/lib/assessment/current";
import { applicableQuestions, getQuestionBank, missingQuestions, optionsFor, type TAnswer, type TQuestion, type TQuestionBank } from "@/lib/assessment/question-bank";
import { loadAnswers } from "@/lib/assessment/store";
import { getDb } from "@/lib/db";
import type { TLocale } from "@/lib/i18n/config";
import { formatNumber, pickText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";
import { submitAction } from "../actions";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "assessment")("check.title") };
}

function describe(bank: TQuestionBank, q: TQuestion, a: TAnswer | undefined, locale: TLocale, t: ReturnType<typeof getT>): string {
  if (!a) return t("check.notGiven");
  switch (a.kind) {
    case "choice":
      return pickText(optionsFor(bank, q).find((o) => o.value === a.value)?.label ?? { en: a.value }, locale);
    case "scale":
      return formatNumber(a.value, locale);
    case "height":
      return t("check.heightCm", { cm: formatNumber(a.cm, locale) });
    case "weight":
      return t("check.weightKg", { kg: formatNumber(a.kg, locale) });
    case "postcode":
      return a.value || t("check.notGiven");
  }
}

export default async function CheckAnswersPage({ params }: TProps) {
  const locale = await resolveLocale(params);
  const current = await getCurrentAssessment();
  if (!current) redirect(`/${locale}/assessment`);
  if (current.status === "completed") redirect(`/${locale}/assessment/results`);
  if (current.status === "crisis") redirect(`/${locale}/assessment/urgent`);
  const bank = getQuestionBank(current.bankVersion);
  const answers = await loadAnswers(await getDb(), current.id);
  const missing = missingQuestions(bank, answers)[0];
  if (missing) redirect(`/${locale}/assessment/q/${missing.id}`);
  const t = getT(locale, "assessment");
  const tc = getT(locale, "common");
  const path = applicableQuestions(bank, answers);
  const sections = [...new Set(path.map((q) => q.domain))];
  return (
    <>
      <BackLink href={`/${locale}/assessment/q/${path[path.length - 1]!.id}`}>{tc("back")}</BackLink>
      <h1>{t("check.title")}</h1>
      <p>{t("check.lead")}</p>
      {sections.map((domain) => (
        <section key={domain}>
          <h2>{t(`section.${domain}`)}</h2>
          <SummaryList
            rows={path
              .filter((q) => q.domain === domain)
              .map((q) => ({
                key: pickText(q.text, locale),
                value: describe(bank, q, answers[q.id], locale, t),
                action: { href: `/${locale}/assessment/q/${q.id}?returnTo=check`, label: t("check.change"), visuallyHiddenText: pickText(q.text, locale) },
              }))}
          />
        </section>
      ))}
      <form action={submitAction}>
        <input type="hidden" name="locale" value={locale} />
        <Button>{t("check.submit")}</Button>
      </form>
    </>
  );
}
