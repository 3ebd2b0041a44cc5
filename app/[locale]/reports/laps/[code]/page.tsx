import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BarChart } from "@/components/reports/bar-chart";
import { BackLink, InsetText, Table } from "@/components/ui";
import { requirePagePermission } from "@/lib/authz/guard";
import { getDb } from "@/lib/db";
import { isLocale, localeNames } from "@/lib/i18n/config";
import { formatDate, formatNumber, pickText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";
import { buildLapReport } from "@/lib/reports/lap-report";

type TProps = { params: Promise<{ locale: string; code: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "engagement")("report.indexTitle") };
}

export default async function LapReportPage({ params }: TProps) {
  const locale = await resolveLocale(params);
  const { code } = await params;
  await requirePagePermission(locale, "reports.lap:view", `/${locale}/reports/laps/${encodeURIComponent(code)}`);
  const t = getT(locale, "engagement");
  const report = await buildLapReport(await getDb(), code, (n) => formatNumber(n, locale));
  if (!report) notFound();
  const name = pickText(report.lap.name, locale);
  const dimensionLabel = (d: string) => t(d === "disability" ? "equality.disabilityShort" : `equality.${d}`);
  return (
    <>
      <BackLink href={`/${locale}/reports/laps`}>{getT(locale, "common")("back")}</BackLink>
      <h1>{t("report.title", { name })}</h1>
      <p>{t("report.place", { name: pickText(report.lap.placeName, locale) })}</p>
      <p className="text-xl" data-testid="report-responses">{t("report.responses", { count: report.responses.display })}</p>
      <InsetText>{t("report.suppressionKey")}</InsetText>
      <p>
        <a href={`/api/reports/laps/${report.lap.code}/csv?locale=${locale}`} download>{t("report.csv")}</a>
      </p>

      <h2>{t("report.reach")}</h2>
      {report.reach.map((r) => {
        const label = dimensionLabel(r.dimension);
        return (
          <section key={r.dimension} aria-label={t("report.reachCaption", { dimension: label })}>
            <h3>{label}</h3>
            <BarChart title={t("report.chartTitle", { dimension: label })} bars={r.categories.map((c) => ({ label: t(`equality.values.${c.key}`), cell: c.cell }))} />
            <Table
              caption={t("report.reachCaption", { dimension: label })}
              captionSize="s"
              scrollLabel={t("console.tableScroll")}
              head={[t("report.group"), t("report.count")]}
              numericColumns={[1]}
              firstCellIsHeader
              rows={[...r.categories.map((c) => [t(`equality.values.${c.key}`), c.cell.display]), [t("report.total"), r.total.display]]}
            />
          </section>
        );
      })}

      <h2>{t("report.themes")}</h2>
      {report.themes.length ? (
        <>
          <Table
            caption={t("report.themesCaption")}
            captionSize="s"
            scrollLabel={t("console.tableScroll")}
            head={[t("report.theme"), t("report.ideas")]}
            numericColumns={[1]}
            firstCellIsHeader
            rows={report.themes.map((th) => [pickText(th.name, locale), th.ideas.display])}
          />
          {report.themes.map((th) => (
            <section key={th.slug} data-testid={`theme-${th.slug}`}>
              <h3>{pickText(th.name, locale)}</h3>
              <p className="font-semibold">{t("report.examples")}</p>
              <ul className="list-disc ps-6">
                {th.examples.map((e) => (
                  <li key={e.id}>
                    <span dir="auto" lang={e.language}>{e.text}</span> <span className="text-nhs-secondary-text">({isLocale(e.language) ? localeNames[e.language] : e.language})</span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      ) : (
        <p>{t("report.noThemes")}</p>
      )}

      <h2>{t("report.ysw")}</h2>
      {report.youSaidWeDid.length ? (
        report.youSaidWeDid.map((y, i) => (
          <div key={i} className="mb-4 border-s-4 border-nhs-green ps-4">
            <p className="font-semibold">{pickText(y.consultation, locale)}{y.theme ? ` · ${pickText(y.theme, locale)}` : ""} ({formatDate(y.publishedAt, locale)})</p>
            <p className="mb-1"><strong>{t("public.youSaid")}:</strong> {pickText(y.youSaid, locale)}</p>
            <p><strong>{t("public.weDid")}:</strong> {pickText(y.weDid, locale)}</p>
          </div>
        ))
      ) : (
        <p>{t("report.noYsw")}</p>
      )}
      <InsetText>{t("report.later")}</InsetText>
    </>
  );
}
