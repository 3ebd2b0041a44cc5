import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { parseErrors } from "@/components/booking/form-errors";
import { BackLink, Button, ButtonLink, ErrorSummary, InsetText, Radios, TextInput } from "@/components/ui";
import { ethnicGroups, type TEligibility } from "@/lib/booking/eligibility";
import { readFlow } from "@/lib/booking/flow-cookie";
import { ZBookableService } from "@/lib/booking/schemas";
import { formatNumber } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";
import { eligibilityAction } from "../../actions";

type TProps = { params: Promise<{ locale: string; service: string }>; searchParams: Promise<{ errors?: string; checked?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "booking")("eligibility.title") };
}

export default async function EligibilityPage({ params, searchParams }: TProps) {
  const locale = await resolveLocale(params);
  const service = ZBookableService.safeParse((await params).service);
  if (!service.success) notFound();
  const query = await searchParams;
  const t = getT(locale, "booking");
  const tc = getT(locale, "common");
  const flow = await readFlow();
  const result = query.checked && flow.service === service.data ? (flow.result as TEligibility | undefined) : undefined;
  const base = `/${locale}/book/${service.data}`;

  if (result && result.status !== "needs-answers") {
    const values = (v?: Record<string, string | number>) =>
      Object.fromEntries(Object.entries(v ?? {}).map(([k, n]) => [k, typeof n === "number" ? formatNumber(n, locale) : n]));
    const eligible = result.status === "eligible";
    return (
      <>
        <BackLink href={`${base}/eligibility`}>{tc("back")}</BackLink>
        <h1>{t(eligible ? "eligibility.eligibleTitle" : "eligibility.notEligibleTitle")}</h1>
        {result.reasons.map((r) => (
          <p key={r.key} className="text-lg">
            {t(`eligibility.reasons.${r.key}`, values(r.values))}
          </p>
        ))}
        {result.gpReferralSuggested ? (
          <InsetText>
            <h2 className="mt-0">{t("eligibility.gp.title")}</h2>
            <p>{t("eligibility.gp.body")}</p>
            <p>
              <a href={`${base}/gp-summary`}>{t("eligibility.gp.print")}</a>
            </p>
          </InsetText>
        ) : null}
        {eligible ? (
          <ButtonLink href={`${base}/attend`}>{t("eligibility.continue")}</ButtonLink>
        ) : (
          <>
            <p>{t("eligibility.kindNote")}</p>
            <p>
              <a href={`/${locale}`}>{t("eligibility.otherSupport")}</a>
            </p>
            <p>
              <a href={`${base}/eligibility`}>{t("eligibility.change")}</a>
            </p>
          </>
        )}
      </>
    );
  }

  const errors = parseErrors(query.errors, t);
  const summary = Object.entries(errors).map(([field, message]) => ({ href: `#${field}`, message }));
  const yesNo = [
    { value: "yes", label: t("eligibility.yes") },
    { value: "no", label: t("eligibility.no") },
  ];
  return (
    <>
      <BackLink href={`/${locale}/book`}>{tc("back")}</BackLink>
      <ErrorSummary title={tc("errorSummaryTitle")} errors={summary} />
      <h1>{t("eligibility.title")}</h1>
      <p>{t("eligibility.lead")}</p>
      <form action={eligibilityAction} className="max-w-xl" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="service" value={service.data} />
        {service.data === "weight-management" ? (
          <>
            <TextInput id="ageYears" name="ageYears" label={t("eligibility.age")} hint={t("eligibility.ageHint")} inputMode="numeric" widthClass="w-[6ch]" error={errors.ageYears} errorPrefix={tc("errorPrefix")} />
            <TextInput id="heightCm" name="heightCm" label={t("eligibility.height")} hint={t("eligibility.heightHint")} inputMode="decimal" widthClass="w-[8ch]" error={errors.heightCm} errorPrefix={tc("errorPrefix")} />
            <TextInput id="weightKg" name="weightKg" label={t("eligibility.weight")} hint={t("eligibility.weightHint")} inputMode="decimal" widthClass="w-[8ch]" error={errors.weightKg} errorPrefix={tc("errorPrefix")} />
            <Radios
              name="ethnicGroup"
              legend={t("eligibility.ethnicGroup")}
              hint={t("eligibility.ethnicHint")}
              options={ethnicGroups.map((g) => ({ value: g, label: t(`eligibility.groups.${g}`) }))}
              error={errors.ethnicGroup}
              errorPrefix={tc("errorPrefix")}
            />
            <Radios name="hasDiabetesOrHypertension" legend={t("eligibility.diabetes")} options={yesNo} inline error={errors.hasDiabetesOrHypertension} errorPrefix={tc("errorPrefix")} />
          </>
        ) : (
          <>
            <Radios name="smokes" legend={t("eligibility.smokes")} hint={t("eligibility.smokesHint")} options={yesNo} inline error={errors.smokes} errorPrefix={tc("errorPrefix")} />
            <Radios name="pregnant" legend={t("eligibility.pregnant")} options={yesNo} inline error={errors.pregnant} errorPrefix={tc("errorPrefix")} />
          </>
        )}
        <Button>{tc("continue")}</Button>
      </form>
    </>
  );
}
