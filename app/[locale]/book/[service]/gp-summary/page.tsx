import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BackLink, SummaryList } from "@/components/ui";
import type { TEligibility } from "@/lib/booking/eligibility";
import { readFlow } from "@/lib/booking/flow-cookie";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";

type TProps = { params: Promise<{ locale: string; service: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "booking")("eligibility.gp.summaryTitle") };
}

/** A page to print (or show on a phone) at the GP practice or pharmacy: the NHS Digital programme needs their referral. */
export default async function GpSummaryPage({ params }: TProps) {
  const locale = await resolveLocale(params);
  const flow = await readFlow();
  const result = flow.result as TEligibility | undefined;
  if (flow.service !== "weight-management" || !result || result.status === "needs-answers" || !result.gpReferralSuggested) redirect(`/${locale}/book/weight-management/eligibility`);
  const t = getT(locale, "booking");
  const tc = getT(locale, "common");
  return (
    <>
      <BackLink href={`/${locale}/book/weight-management/eligibility?checked=1`}>{tc("back")}</BackLink>
      <h1>{t("eligibility.gp.summaryTitle")}</h1>
      <p>{t("eligibility.gp.summaryLead")}</p>
      <SummaryList
        rows={[
          { key: t("eligibility.gp.bmi"), value: result.bmi ? formatNumber(result.bmi, locale) : "" },
          { key: t("eligibility.diabetes"), value: t("eligibility.yes") },
          { key: t("eligibility.gp.date"), value: formatDate(new Date(), locale) },
        ]}
      />
      <p className="print:hidden">{t("eligibility.gp.printHint")}</p>
    </>
  );
}
