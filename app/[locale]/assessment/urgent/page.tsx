import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { UrgentHelpCard } from "@/components/layout/urgent-help-card";
import { Button, ErrorSummary, NotificationBanner, Radios } from "@/components/ui";
import { getCurrentAssessment } from "@/lib/assessment/current";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";
import { consentAction } from "../actions";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string; saved?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "assessment")("urgent.title") };
}

/** Shown at once after a crisis answer: the numbers first, then (optionally) consent to advisor review. */
export default async function UrgentHelpPage({ params, searchParams }: TProps) {
  const locale = await resolveLocale(params);
  const query = await searchParams;
  const current = await getCurrentAssessment();
  if (!current) redirect(`/${locale}/urgent-help`);
  const t = getT(locale, "assessment");
  const tc = getT(locale, "common");
  const error = query.error === "consent" ? t("errors.consent") : undefined;
  const saved = query.saved === "yes" || query.saved === "no" ? query.saved : current.reviewConsent === null ? null : current.reviewConsent ? "yes" : "no";
  return (
    <>
      {error ? <ErrorSummary title={tc("errorSummaryTitle")} errors={[{ href: "#consent", message: error }]} /> : null}
      <h1>{t("urgent.title")}</h1>
      <p className="text-xl">{t("urgent.lead")}</p>
      <UrgentHelpCard locale={locale} headingLevel={2} />
      {saved ? (
        <NotificationBanner variant="success" title={t("urgent.consentButton")} role="status">
          <p>{saved === "yes" ? t("urgent.consentSavedYes") : t("urgent.consentSavedNo")}</p>
        </NotificationBanner>
      ) : (
        <form action={consentAction} className="max-w-2xl">
          <input type="hidden" name="locale" value={locale} />
          <Radios
            name="consent"
            legend={t("urgent.consentLegend")}
            error={error}
            errorPrefix={tc("errorPrefix")}
            options={[
              { value: "yes", label: t("urgent.consentYes") },
              { value: "no", label: t("urgent.consentNo") },
            ]}
          />
          <Button>{t("urgent.consentButton")}</Button>
        </form>
      )}
      {current.crisisQuestion && current.status === "crisis" ? (
        <p className="mt-8">
          <a href={`/${locale}/assessment/q/${current.crisisQuestion}`}>{t("urgent.changeAnswer")}</a>
        </p>
      ) : null}
    </>
  );
}
