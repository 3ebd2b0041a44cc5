import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Button, ButtonLink, ErrorSummary, NotificationBanner, Panel, TextInput } from "@/components/ui";
import { currentResumeCode, getCurrentAssessment } from "@/lib/assessment/current";
import { getQuestionBank, nextQuestion } from "@/lib/assessment/question-bank";
import { formatResumeCode } from "@/lib/assessment/resume-code";
import { loadAnswers } from "@/lib/assessment/store";
import { getDb } from "@/lib/db";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";
import { emailLinkAction } from "../actions";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string; sent?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "assessment")("resume.title") };
}

export default async function ResumeCodePage({ params, searchParams }: TProps) {
  const locale = await resolveLocale(params);
  const query = await searchParams;
  const t = getT(locale, "assessment");
  const tc = getT(locale, "common");
  const current = await getCurrentAssessment();
  const code = await currentResumeCode();
  if (!current || !code) redirect(`/${locale}/assessment`);
  const next = nextQuestion(getQuestionBank(current.bankVersion), await loadAnswers(await getDb(), current.id));
  const error = query.error === "email" ? t("errors.email") : null;
  return (
    <>
      {error ? <ErrorSummary title={tc("errorSummaryTitle")} errors={[{ href: "#email", message: error }]} /> : null}
      {query.sent ? (
        <NotificationBanner variant="success" title={t("resume.title")} role="status">
          <p>{t("resume.emailSent")}</p>
        </NotificationBanner>
      ) : null}
      <Panel title={t("resume.title")}>
        <p>
          <strong data-testid="resume-code" dir="ltr" className="font-mono tracking-widest">
            {formatResumeCode(code)}
          </strong>
        </p>
      </Panel>
      <p>{t("resume.codeLead")}</p>
      <ButtonLink href={next ? `/${locale}/assessment/q/${next.id}` : `/${locale}/assessment/check`}>{tc("continue")}</ButtonLink>
      <form action={emailLinkAction} className="mt-8 max-w-md">
        <input type="hidden" name="locale" value={locale} />
        <TextInput id="email" name="email" type="email" autoComplete="email" spellCheck={false} label={t("resume.emailLabel")} hint={t("resume.emailHint")} error={error ?? undefined} errorPrefix={tc("errorPrefix")} />
        <Button variant="secondary">{t("resume.emailButton")}</Button>
      </form>
    </>
  );
}
