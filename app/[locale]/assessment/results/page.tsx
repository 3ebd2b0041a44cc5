import { asc } from "drizzle-orm";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { WellbeingWheel } from "@/components/assessment/wellbeing-wheel";
import { Button, Table, Tag } from "@/components/ui";
import { compareResults } from "@/lib/assessment/compare";
import { previousCompletedFor } from "@/lib/assessment/store";
import { startAction } from "../actions";
import { wellbeingServices } from "@/db/schema";
import { getCurrentAssessment } from "@/lib/assessment/current";
import { audit } from "@/lib/audit";
import { getCurrentUser } from "@/lib/auth/session";
import { isStaffRole } from "@/lib/authz/permissions";
import { scoredDomains, statusColour, wheelDomains, type TDomainResult } from "@/lib/assessment/scoring";
import { getDb } from "@/lib/db";
import { formatDate, formatNumber, pickText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "assessment")("results.title") };
}

export default async function ResultsPage({ params }: TProps) {
  const locale = await resolveLocale(params);
  const current = await getCurrentAssessment();
  if (!current) redirect(`/${locale}/assessment`);
  if (current.status === "crisis") redirect(`/${locale}/assessment/urgent`);
  if (current.status !== "completed" || !current.result) redirect(`/${locale}/assessment/check`);
  // An advisor or volunteer viewing the results of an assisted assessment is viewing a resident's record.
  const user = await getCurrentUser();
  if (user && isStaffRole(user.role)) await audit(user, "assessment.results.view", "assessment", current.id);
  const t = getT(locale, "assessment");
  const tc = getT(locale, "common");
  const result = current.result;
  const why = (r: TDomainResult) =>
    t(r.why.key, Object.fromEntries(Object.entries(r.why.params ?? {}).map(([k, v]) => [k, formatNumber(v, locale, { maximumFractionDigits: 1 })])));
  const previous = current.userId && user?.id === current.userId && current.completedAt ? await previousCompletedFor(await getDb(), current.userId, { id: current.id, completedAt: current.completedAt }) : null;
  const comparison = previous?.result ? compareResults(previous.result, result) : null;
  const head = [t("results.area"), t("results.status"), t("results.why"), ...(comparison ? [t("reassess.changeColumn")] : [])];
  const row = (d: (typeof scoredDomains)[number], i?: number) => {
    const r = result.domains[d];
    const change = comparison ? [t(`reassess.${comparison.domains[d]}`)] : [];
    return [
      i === undefined ? t(`section.${d}`) : `${i + 1}. ${t(`section.${d}`)}`,
      <Tag key="tag" colour={statusColour[r.status]}>
        {t(`status.${r.status}`)}
      </Tag>,
      why(r),
      ...change,
    ];
  };
  const db = await getDb();
  const services = await db.select({ slug: wellbeingServices.slug, domain: wellbeingServices.domain, name: wellbeingServices.name, summary: wellbeingServices.summary }).from(wellbeingServices).orderBy(asc(wellbeingServices.sortOrder));
  const needing = services.filter((s) => result.domains[s.domain as (typeof wheelDomains)[number]]?.status !== "well");
  const shown = needing.length ? needing : services;
  return (
    <>
      <h1>{t("results.title")}</h1>
      <p className="text-xl">{t("results.lead")}</p>
      <h2>{t("results.wheelTitle")}</h2>
      <WellbeingWheel
        title={t("results.wheelTitle")}
        description={t("results.wheelDescription")}
        segments={wheelDomains.map((d) => ({ key: d, label: t(`section.${d}`), status: result.domains[d].status, statusLabel: t(`status.${result.domains[d].status}`) }))}
      />
      <Table caption={t("results.tableCaption")} head={head} rows={wheelDomains.map((d, i) => row(d, i))} firstCellIsHeader scrollLabel={tc("tableScroll")} />
      <Table caption={t("results.alsoHeading")} head={head} rows={(["activity", "carer"] as const).map((d) => row(d))} firstCellIsHeader scrollLabel={tc("tableScroll")} />
      {comparison && previous?.completedAt ? (
        <div data-testid="reassessment">
          <p>{t("reassess.compared", { date: formatDate(previous.completedAt, locale) })}</p>
          <ul className="list-disc ps-6">
            {comparison.outcomes.satisfaction ? <li>{t("reassess.satisfaction", { before: formatNumber(comparison.outcomes.satisfaction.before, locale), after: formatNumber(comparison.outcomes.satisfaction.after, locale) })}</li> : null}
            {comparison.outcomes.loneliness ? <li>{t("reassess.loneliness", { before: formatNumber(comparison.outcomes.loneliness.before, locale), after: formatNumber(comparison.outcomes.loneliness.after, locale) })}</li> : null}
          </ul>
        </div>
      ) : null}
      <h2>{t("results.helpHeading")}</h2>
      <p>{t("results.helpLead")}</p>
      <ul className="list-none ps-0">
        {shown.map((s) => (
          <li key={s.slug} className="mb-4 border-s-4 border-nhs-blue bg-white p-4">
            <h3 className="mt-0">{pickText(s.name, locale)}</h3>
            <p className="mb-0">{pickText(s.summary, locale)}</p>
          </li>
        ))}
      </ul>
      {user?.role === "resident" && current.userId === user.id ? (
        <form action={startAction} className="print:hidden">
          <input type="hidden" name="locale" value={locale} />
          <Button variant="secondary">{t("reassess.again")}</Button>
        </form>
      ) : null}
      <p className="text-nhs-secondary-text">{t("results.rules", { date: formatDate(current.completedAt ?? new Date(), locale), version: result.rulesVersion })}</p>
    </>
  );
}
