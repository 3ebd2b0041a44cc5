import { asc, eq } from "drizzle-orm";
import { notFound } from "next/navigation";
import { BackLink, Button, ErrorSummary, NotificationBanner, Select, TextInput } from "@/components/ui";
import { laps, postcodeAreas } from "@/db/schema";
import { requirePagePermission } from "@/lib/authz/guard";
import { getDb } from "@/lib/db";
import { localeNames, locales } from "@/lib/i18n/config";
import { pickText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { pageTitle } from "@/lib/i18n/metadata";
import { getT } from "@/lib/i18n/server";
import { remapAreaAction, renameLapAction } from "./actions";

type TProps = { params: Promise<{ locale: string; code: string }>; searchParams: Promise<{ saved?: string; error?: string; moved?: string; to?: string }> };

export const generateMetadata = pageTitle("staff", "laps.title");

export default async function EditLapPage({ params, searchParams }: TProps) {
  const locale = await resolveLocale(params);
  const { code } = await params;
  await requirePagePermission(locale, "reference.laps:update", `/${locale}/admin/laps/${code}`);
  const query = await searchParams;
  const t = getT(locale, "staff");
  const tc = getT(locale, "common");
  const te = getT(locale, "errors");
  const db = await getDb();
  const allLaps = await db.select({ id: laps.id, code: laps.code, name: laps.name }).from(laps).orderBy(asc(laps.sortOrder));
  const lap = allLaps.find((l) => l.code === code);
  if (!lap) notFound();
  const areas = await db.select({ code: postcodeAreas.code, town: postcodeAreas.town, kind: postcodeAreas.kind }).from(postcodeAreas).where(eq(postcodeAreas.lapId, lap.id)).orderBy(asc(postcodeAreas.code));
  const lapName = pickText(lap.name, locale);
  const error = query.error ? te(query.error, { defaultValue: te("generic") }) : null;
  const movedTo = allLaps.find((l) => l.code === query.to);
  const options = allLaps.map((l) => ({ value: l.code, label: `${l.code} ${pickText(l.name, locale)}` }));
  return (
    <>
      <BackLink href={`/${locale}/admin/laps`}>{tc("back")}</BackLink>
      {error ? <ErrorSummary title={tc("errorSummaryTitle")} errors={[{ href: "#name_en", message: error }]} /> : null}
      {query.saved ? (
        <NotificationBanner variant="success" title={t("laps.saved")} role="status">
          <p>{lapName}</p>
        </NotificationBanner>
      ) : null}
      {query.moved && movedTo ? (
        <NotificationBanner variant="success" title={t("laps.saved")} role="status">
          <p>{t("laps.moved", { area: query.moved, lap: pickText(movedTo.name, locale) })}</p>
        </NotificationBanner>
      ) : null}
      <h1>{t("laps.editTitle", { name: lapName })}</h1>
      <form action={renameLapAction} className="max-w-xl">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="code" value={lap.code} />
        <p>{t("laps.nameHint")}</p>
        {locales.map((l) => (
          <TextInput
            key={l}
            id={`name_${l}`}
            name={`name_${l}`}
            label={t("laps.nameLabel", { language: localeNames[l] })}
            defaultValue={lap.name[l] ?? ""}
            maxLength={100}
            dir={l === "ur" ? "rtl" : "ltr"}
            error={l === "en" && error ? error : undefined}
            errorPrefix={tc("errorPrefix")}
          />
        ))}
        <Button>{tc("save")}</Button>
      </form>

      <h2>{t("laps.remapTitle")}</h2>
      <p>{t("laps.remapLead")}</p>
      <ul className="list-none ps-0">
        {areas.map((a) => (
          <li key={a.code} className="border-b border-nhs-grey-4 py-4">
            <form action={remapAreaAction} className="flex flex-wrap items-end gap-4">
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="fromLap" value={lap.code} />
              <input type="hidden" name="areaCode" value={a.code} />
              <div className="min-w-0 grow">
                <Select
                  id={`lap-${a.code.replace(/\s/g, "-")}`}
                  name="lapCode"
                  label={t("laps.moveTo", { area: `${a.code} (${a.town})` })}
                  options={options}
                  defaultValue={lap.code}
                />
              </div>
              <Button variant="secondary" className="mb-6">
                {tc("save")}
                <span className="sr-only"> {a.code}</span>
              </Button>
            </form>
          </li>
        ))}
      </ul>
    </>
  );
}
