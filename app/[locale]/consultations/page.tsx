import type { Metadata } from "next";
import { Tag } from "@/components/ui";
import { getDb } from "@/lib/db";
import { listPublicConsultations } from "@/lib/engagement/consultations";
import { formatDate, pickText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";

type TProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "engagement")("public.title") };
}

export default async function ConsultationsPage({ params }: TProps) {
  const locale = await resolveLocale(params);
  const t = getT(locale, "engagement");
  const all = await listPublicConsultations(await getDb());
  const groups = [
    { key: "open", heading: t("public.open"), items: all.filter((c) => c.status === "open") },
    { key: "past", heading: t("public.past"), items: all.filter((c) => c.status !== "open") },
  ];
  return (
    <>
      <h1>{t("public.title")}</h1>
      <p className="text-xl">{t("public.lead")}</p>
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`h-${g.key}`}>
          <h2 id={`h-${g.key}`}>{g.heading}</h2>
          {g.items.length ? (
            <ul className="list-none space-y-4 ps-0">
              {g.items.map((c) => (
                <li key={c.id} className="border-s-4 border-nhs-blue bg-nhs-grey-5 p-4">
                  <h3 className="mt-0">
                    <a href={`/${locale}/consultations/${c.slug}`}>{pickText(c.title, locale)}</a>
                  </h3>
                  <p>{pickText(c.summary, locale)}</p>
                  <p className="mb-0">
                    <Tag colour={c.status === "open" ? "green" : c.status === "responded" ? "blue" : "grey"}>{t(`status.${c.status}`)}</Tag>
                    {c.status === "open" && c.closesOn ? <span className="ms-3">{t("public.closesOn", { date: formatDate(c.closesOn, locale) })}</span> : null}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("public.none")}</p>
          )}
        </section>
      ))}
    </>
  );
}
