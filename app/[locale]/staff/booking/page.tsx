import type { Metadata } from "next";
import { Table } from "@/components/ui";
import { requirePagePermission } from "@/lib/authz/guard";
import { listStaffSessions } from "@/lib/booking/roster";
import { getDb } from "@/lib/db";
import { formatDateTime, formatNumber, pickText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";

type TProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "booking")("staff.title") };
}

export default async function StaffSessionsPage({ params }: TProps) {
  const locale = await resolveLocale(params);
  const user = await requirePagePermission(locale, "booking.roster:view", `/${locale}/staff/booking`);
  const t = getT(locale, "booking");
  const tc = getT(locale, "common");
  const sessions = await listStaffSessions(await getDb(), user);
  return (
    <>
      <h1>{t("staff.title")}</h1>
      {sessions.length === 0 ? (
        <p>{t("staff.none")}</p>
      ) : (
        <Table
          caption={t("staff.title")}
          captionSize="s"
          scrollLabel={tc("tableScroll")}
          head={[t("staff.session"), t("check.where"), t("staff.booked"), t("staff.waiting")]}
          numericColumns={[2, 3]}
          rows={sessions.map((s) => [
            <a key="a" href={`/${locale}/staff/booking/${s.id}`}>
              {pickText(s.serviceName, locale)}, {formatDateTime(s.startsAt, locale)}
            </a>,
            s.mode === "in_person" ? s.venueName : t(`attend.modes.${s.mode}`),
            `${formatNumber(s.booked, locale)} / ${formatNumber(s.capacity, locale)}`,
            formatNumber(s.waiting, locale),
          ])}
        />
      )}
    </>
  );
}
