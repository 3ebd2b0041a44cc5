import { count, eq } from "drizzle-orm";
import type { Metadata } from "next";
import { ButtonLink, Table, Tag } from "@/components/ui";
import { ideas } from "@/db/schema";
import { requirePagePermission } from "@/lib/authz/guard";
import { getDb } from "@/lib/db";
import { listAllConsultations } from "@/lib/engagement/consultations";
import { formatDate, pickText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";

type TProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "engagement")("console.title") };
}

export default async function EngagementConsolePage({ params }: TProps) {
  const locale = await resolveLocale(params);
  await requirePagePermission(locale, "engagement.console:view", `/${locale}/engagement`);
  const t = getT(locale, "engagement");
  const db = await getDb();
  const [rows, [held]] = await Promise.all([listAllConsultations(db), db.select({ n: count() }).from(ideas).where(eq(ideas.state, "held"))]);
  return (
    <>
      <h1>{t("console.title")}</h1>
      <p className="text-xl">{t("console.lead")}</p>
      <ul className="mb-8 flex list-none flex-wrap gap-4 ps-0">
        <li><ButtonLink href={`/${locale}/engagement/consultations/new`}>{t("console.newConsultation")}</ButtonLink></li>
        <li><ButtonLink variant="secondary" href={`/${locale}/engagement/moderation`}>{t("console.moderation", { count: Number(held?.n ?? 0) })}</ButtonLink></li>
        <li><ButtonLink variant="secondary" href={`/${locale}/reports/laps`}>{t("console.reports")}</ButtonLink></li>
      </ul>
      <Table
        caption={t("console.consultations")}
        scrollLabel={t("console.tableScroll")}
        head={[t("console.colTitle"), t("console.colStatus"), t("console.colCloses")]}
        rows={rows.map((c) => [
          <a key="a" href={`/${locale}/engagement/consultations/${c.id}`}>{pickText(c.title, locale)}</a>,
          <Tag key="s" colour={c.status === "open" ? "green" : c.status === "draft" ? "yellow" : "grey"}>{t(`status.${c.status}`)}</Tag>,
          c.closesOn ? formatDate(c.closesOn, locale) : t("console.noDate"),
        ])}
      />
    </>
  );
}
