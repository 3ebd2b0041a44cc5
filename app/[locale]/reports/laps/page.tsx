import { asc, eq } from "drizzle-orm";
import type { Metadata } from "next";
import { laps, places } from "@/db/schema";
import { requirePagePermission } from "@/lib/authz/guard";
import { getDb } from "@/lib/db";
import { pickText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";

type TProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "engagement")("report.indexTitle") };
}

export default async function LapReportsIndexPage({ params }: TProps) {
  const locale = await resolveLocale(params);
  await requirePagePermission(locale, "reports.lap:view", `/${locale}/reports/laps`);
  const t = getT(locale, "engagement");
  const rows = await (await getDb()).select({ code: laps.code, name: laps.name, place: places.name }).from(laps).innerJoin(places, eq(places.id, laps.placeId)).orderBy(asc(laps.sortOrder));
  return (
    <>
      <h1>{t("report.indexTitle")}</h1>
      <p>{t("report.indexLead")}</p>
      <ul className="list-disc ps-6">
        {rows.map((l) => (
          <li key={l.code}>
            <a href={`/${locale}/reports/laps/${l.code}`}>{l.code} {pickText(l.name, locale)}</a> ({pickText(l.place, locale)})
          </li>
        ))}
      </ul>
    </>
  );
}
