import type { Metadata } from "next";
import { Button, ButtonLink, ErrorSummary, TextInput } from "@/components/ui";
import { getCurrentAssessment } from "@/lib/assessment/current";
import { getQuestionBank, missingQuestions } from "@/lib/assessment/question-bank";
import { loadAnswers } from "@/lib/assessment/store";
import { getDb } from "@/lib/db";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";
import { resumeAction, startAction } from "./actions";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string; code?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "assessment")("title") };
}

export default async function AssessmentStartPage({ params, searchParams }: TProps) {
  const locale = await resolveLocale(params);
  const query = await searchParams;
  const t = getT(locale, "assessment");
  const tc = getT(locale, "common");
  const current = await getCurrentAssessment();
  let continueHref: string | null = null;
  if (current?.status === "completed") continueHref = `/${locale}/assessment/results`;
  else if (current?.status === "crisis") continueHref = `/${locale}/assessment/urgent`;
  else if (current) {
    const next = missingQuestions(getQuestionBank(current.bankVersion), await loadAnswers(await getDb(), current.id))[0];
    continueHref = next ? `/${locale}/assessment/q/${next.id}` : `/${locale}/assessment/check`;
  }
  const error = query.error === "resumeCode" ? t("errors.resumeCode") : query.error === "notFound" ? t("resume.notFound") : null;
  return (
    <>
      {error ? <ErrorSummary title={tc("errorSummaryTitle")} errors={[{ href: "#code", message: error }]} /> : null}
      <h1>{t("title")}</h1>
      <p className="text-xl">{t("start.lead")}</p>
      <ul className="list-disc ps-6">
        <li>{t("start.time")}</li>
        <li>{t("start.saved")}</li>
        <li>{t("start.private")}</li>
      </ul>
      {continueHref ? <ButtonLink href={continueHref} className="mb-4">{t("start.continueButton")}</ButtonLink> : null}
      <form action={startAction} className="mb-4 flex flex-wrap items-center gap-4">
        <input type="hidden" name="locale" value={locale} />
        <Button variant={continueHref ? "secondary" : "primary"}>{t("start.button")}</Button>
      </form>
      <form action={startAction}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="easyRead" value="1" />
        <Button variant="secondary">{t("start.easyRead")}</Button>
      </form>

      <h2 className="mt-8">{t("start.resumeHeading")}</h2>
      <form action={resumeAction} className="max-w-md">
        <input type="hidden" name="locale" value={locale} />
        <TextInput
          id="code"
          name="code"
          label={t("start.resumeLabel")}
          hint={t("start.resumeHint")}
          defaultValue={query.code ?? ""}
          autoComplete="off"
          spellCheck={false}
          widthClass="w-[14ch]"
          maxLength={12}
          dir="ltr"
          error={error ?? undefined}
          errorPrefix={tc("errorPrefix")}
        />
        <Button variant="secondary">{t("start.resumeButton")}</Button>
      </form>
    </>
  );
}
