import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { languageName, scheduleLine } from "@/components/directory/format";
import { BackLink, InsetText, SummaryList, Tag, WarningCallout, type SummaryListRow } from "@/components/ui";
import { getPublicService } from "@/lib/directory/get-service";
import { fallsBackToEnglish, isStale } from "@/lib/directory/rules";
import { getDb } from "@/lib/db";
import { formatDate, pickText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";

type TProps = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const service = await getPublicService(await getDb(), (await params).id);
  return { title: service ? pickText(service.name, locale) : getT(locale, "directory")("title") };
}

export default async function ServicePage({ params }: TProps) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const service = await getPublicService(await getDb(), id);
  if (!service) notFound();
  const t = getT(locale, "directory");
  const tc = getT(locale, "common");
  const text = (v: typeof service.name | null) => (v ? pickText(v, locale) : null);

  const ages =
    service.minimumAge !== null && service.maximumAge !== null
      ? t("service.ages", { min: service.minimumAge, max: service.maximumAge })
      : service.minimumAge !== null
        ? t("service.agesFrom", { min: service.minimumAge })
        : service.maximumAge !== null
          ? t("service.agesUpTo", { max: service.maximumAge })
          : t("service.allAges");

  const rows: SummaryListRow[] = [
    {
      key: t("service.when"),
      value: (
        <ul className="m-0 list-none ps-0" data-testid="service-times">
          {service.schedules.map((s) => (
            <li key={s.id}>{scheduleLine(t, s)}</li>
          ))}
        </ul>
      ),
    },
  ];
  for (const { location } of service.locations) {
    rows.push({
      key: t("service.where"),
      value: (
        <address className="not-italic">
          {location.name}
          <br />
          {location.address1}, {location.city}
          <br />
          {location.postcode}
        </address>
      ),
    });
    if (location.transport) rows.push({ key: t("service.gettingThere"), value: text(location.transport) });
    const features = [location.stepFree && t("service.stepFree"), location.hearingLoop && t("service.hearingLoop"), location.accessibleToilet && t("service.accessibleToilet")].filter(Boolean);
    rows.push({
      key: t("service.accessibility"),
      value: (
        <>
          {location.accessibility ? <p className="mb-2">{text(location.accessibility)}</p> : null}
          {features.length ? <ul className="mb-0">{features.map((f) => <li key={String(f)}>{f}</li>)}</ul> : null}
        </>
      ),
    });
  }
  if (service.locations.length === 0) rows.push({ key: t("service.where"), value: t("service.online") });
  rows.push({ key: t("service.languages"), value: service.languages.map((l) => languageName(l, locale)).join(", ") });
  rows.push({ key: t("service.cost"), value: service.isFree ? t("service.free") : (text(service.feesDescription) ?? t("results.notFree")) });
  rows.push({ key: t("service.whoFor"), value: [ages, text(service.eligibilityDescription)].filter(Boolean).join(". ") });
  if (service.applicationProcess) rows.push({ key: t("service.howToJoin"), value: text(service.applicationProcess) });
  rows.push({
    key: t("service.referrals"),
    value: (
      <>
        {service.acceptingReferrals ? t("service.acceptingReferrals") : t("service.notAcceptingReferrals")}
        {service.waitWeeks !== null ? (
          <>
            <br />
            {t("service.wait", { count: service.waitWeeks })}
          </>
        ) : null}
      </>
    ),
  });
  rows.push({
    key: t("service.contact"),
    value: (
      <ul className="m-0 list-none ps-0">
        {service.phone ? (
          <li>
            {t("service.phone")}: <a href={`tel:${service.phone.replace(/\s/g, "")}`} dir="ltr">{service.phone}</a>
          </li>
        ) : null}
        {service.email ? (
          <li>
            {t("service.email")}: <a href={`mailto:${service.email}`}>{service.email}</a>
          </li>
        ) : null}
        {service.url ? (
          <li>
            {t("service.website")}: <a href={service.url} rel="noopener noreferrer">{service.url.replace(/^https?:\/\//, "")}</a>
          </li>
        ) : null}
      </ul>
    ),
  });
  if (service.areas.length) rows.push({ key: t("service.areas"), value: service.areas.map((a) => pickText(a.name, locale)).join(", ") });

  return (
    <>
      <BackLink href={`/${locale}/directory`}>{t("service.back")}</BackLink>
      <h1 className="mb-2">{pickText(service.name, locale)}</h1>
      <p className="text-lg text-nhs-secondary-text">
        {t("service.organisation")}: {service.organisation.name}
      </p>
      <p className="flex flex-wrap gap-2">
        {service.terms.map((term) => (
          <Tag key={term.code} colour={term.taxonomy === "wellbeing-domain" ? "blue" : "purple"}>
            {pickText(term.name, locale)}
          </Tag>
        ))}
      </p>
      {service.status === "temporarily_closed" ? (
        <WarningCallout heading={t("service.closedHeading")} headingPrefix={tc("important")}>
          <p>{t("service.closedBody")}</p>
        </WarningCallout>
      ) : null}
      {isStale(service.assuredAt) ? (
        <WarningCallout heading={t("service.staleHeading")} headingPrefix={tc("important")}>
          <p>{t("service.staleBody")}</p>
        </WarningCallout>
      ) : null}
      {fallsBackToEnglish([service.name, service.description], locale) ? <InsetText>{t("service.englishOnly")}</InsetText> : null}
      <p className="text-lg">{pickText(service.description, locale)}</p>
      <SummaryList rows={rows} />
      <p className="text-nhs-secondary-text" data-testid="last-checked">
        {t("service.lastChecked", { date: formatDate(service.assuredAt, locale) })}
      </p>
    </>
  );
}
