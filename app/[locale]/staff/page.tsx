import { eq } from "drizzle-orm";
import type { Metadata } from "next";
import { Tag } from "@/components/ui";
import { advisorServices, organisationMembers, organisations, wellbeingServices } from "@/db/schema";
import { requirePagePermission } from "@/lib/authz/guard";
import { can, type TPermission } from "@/lib/authz/permissions";
import { getDb } from "@/lib/db";
import { pickText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";

type TProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "staff")("title") };
}

export default async function StaffHomePage({ params }: TProps) {
  const locale = await resolveLocale(params);
  const user = await requirePagePermission(locale, "staff.area:view", `/${locale}/staff`);
  const t = getT(locale, "staff");
  const ta = getT(locale, "account");
  const db = await getDb();
  const [orgs, services] = await Promise.all([
    db.select({ name: organisations.name }).from(organisationMembers).innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId)).where(eq(organisationMembers.userId, user.id)),
    db.select({ name: wellbeingServices.name }).from(advisorServices).innerJoin(wellbeingServices, eq(wellbeingServices.id, advisorServices.serviceId)).where(eq(advisorServices.userId, user.id)),
  ]);
  const sections: { permission: TPermission; key: string; href?: string }[] = [
    { permission: "assessment.assist:create", key: "assist", href: `/${locale}/staff/assessment` },
    { permission: "advisor.workspace:view", key: "advisor" },
    { permission: "partner.portal:view", key: "partner", href: `/${locale}/partner` },
    { permission: "engagement.console:view", key: "engagement", href: `/${locale}/engagement` },
    { permission: "admin.console:view", key: "admin", href: `/${locale}/admin/laps` },
  ];
  return (
    <>
      <h1>{t("title")}</h1>
      <p data-testid="staff-welcome">{t("welcome", { name: user.name ?? user.email, role: ta(`roles.${user.role}`) })}</p>
      {services.length ? (
        <>
          <h2>{t("services")}</h2>
          <ul className="list-disc ps-6">{services.map((s, i) => <li key={i}>{pickText(s.name, locale)}</li>)}</ul>
        </>
      ) : null}
      {orgs.length ? (
        <>
          <h2>{t("organisations")}</h2>
          <ul className="list-disc ps-6">{orgs.map((o, i) => <li key={i}>{o.name}</li>)}</ul>
        </>
      ) : null}
      {can(user.role, "booking.roster:view") ? (
        <p>
          <a href={`/${locale}/staff/booking`}>{getT(locale, "booking")("staff.link")}</a>
        </p>
      ) : null}
      <h2>{t("sections.heading")}</h2>
      <ul className="list-none space-y-3 ps-0">
        {sections
          .filter((s) => can(user.role, s.permission))
          .map((s) => (
            <li key={s.key} className="border-s-4 border-nhs-blue bg-nhs-grey-5 p-4">
              {s.href ? <a href={s.href}>{t(`sections.${s.key}`)}</a> : (
                <>
                  {t(`sections.${s.key}`)} <Tag colour="grey">{t("sections.comingSoon")}</Tag>
                </>
              )}
            </li>
          ))}
      </ul>
    </>
  );
}
