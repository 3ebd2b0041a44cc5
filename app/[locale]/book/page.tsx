import { asc, eq } from "drizzle-orm";
import type { Metadata } from "next";
import { wellbeingServices } from "@/db/schema";
import { getDb } from "@/lib/db";
import { pickText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";

type TProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "booking")("start.title") };
}

export default async function BookStartPage({ params }: TProps) {
  const locale = await resolveLocale(params);
  const t = getT(locale, "booking");
  const db = await getDb();
  const services = await db
    .select({ slug: wellbeingServices.slug, name: wellbeingServices.name, summary: wellbeingServices.summary })
    .from(wellbeingServices)
    .where(eq(wellbeingServices.bookable, true))
    .orderBy(asc(wellbeingServices.sortOrder));
  return (
    <>
      <h1>{t("start.title")}</h1>
      <p className="text-lg">{t("start.lead")}</p>
      <h2>{t("start.legend")}</h2>
      <ul className="list-none ps-0">
        {services.map((s) => (
          <li key={s.slug} className="mb-4 border-b border-nhs-grey-4 pb-4">
            <h3 className="mb-2">
              <a href={`/${locale}/book/${s.slug}/eligibility`}>{pickText(s.name, locale)}</a>
            </h3>
            <p className="mb-0">{pickText(s.summary, locale)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
