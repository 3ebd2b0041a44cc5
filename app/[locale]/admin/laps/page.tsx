import { asc, count, eq } from "drizzle-orm";
import { InsetText, Table } from "@/components/ui";
import { laps, places, postcodeAreas } from "@/db/schema";
import { requirePagePermission } from "@/lib/authz/guard";
import { getDb } from "@/lib/db";
import { pickText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { pageTitle } from "@/lib/i18n/metadata";
import { getT } from "@/lib/i18n/server";

type TProps = { params: Promise<{ locale: string }> };

export const generateMetadata = pageTitle("staff", "laps.title");

export default async function LapsPage({ params }: TProps) {
  const locale = await resolveLocale(params);
  await requirePagePermission(locale, "reference.laps:update", `/${locale}/admin/laps`);
  const t = getT(locale, "staff");
  const tc = getT(locale, "common");
  const db = await getDb();
  const rows = await db
    .select({ code: laps.code, name: laps.name, illustrative: laps.illustrative, place: places.name, areas: count(postcodeAreas.code) })
    .from(laps)
    .innerJoin(places, eq(places.id, laps.placeId))
    .leftJoin(postcodeAreas, eq(postcodeAreas.lapId, laps.id))
    .groupBy(laps.id, places.id)
    .orderBy(asc(laps.sortOrder));
  return (
    <>
      <h1>{t("laps.title")}</h1>
      <p>{t("laps.lead")}</p>
      {rows.some((r) => r.illustrative) ? <InsetText>{t("laps.illustrative")}</InsetText> : null}
      <Table
        caption={t("laps.title")}
        scrollLabel={tc("tableScroll")}
        head={[t("laps.code"), t("laps.name"), t("laps.place"), t("laps.areas"), <span key="a" className="sr-only">{t("laps.edit")}</span>]}
        numericColumns={[3]}
        rows={rows.map((r) => [
          r.code,
          pickText(r.name, locale),
          pickText(r.place, locale),
          String(r.areas),
          <a key={r.code} href={`/${locale}/admin/laps/${r.code}`}>
            {t("laps.edit")}
            <span className="sr-only"> {pickText(r.name, locale)}</span>
          </a>,
        ])}
      />
    </>
  );
}
