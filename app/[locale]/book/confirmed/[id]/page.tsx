import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { whenText, whereText } from "@/components/booking/session-text";
import { Panel, SummaryList } from "@/components/ui";
import { getBookingWithToken } from "@/lib/booking/get-booking";
import { signBookingToken } from "@/lib/booking/links";
import { getDb } from "@/lib/db";
import { pickText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";

type TProps = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ token?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "booking")("confirmed.title") };
}

export default async function ConfirmedPage({ params, searchParams }: TProps) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const { token } = await searchParams;
  const found = await getBookingWithToken(await getDb(), id, token);
  if (!found) notFound();
  const { booking, session } = found;
  const t = getT(locale, "booking");
  return (
    <>
      <Panel title={t("confirmed.title")}>
        <p className="mb-0">{pickText(session.serviceName, locale)}</p>
      </Panel>
      <SummaryList
        rows={[
          { key: t("check.when"), value: whenText(session, locale, t) },
          { key: t("check.where"), value: whereText(session, t) },
        ]}
      />
      <p>{t("confirmed.sent", { contact: [booking.email, booking.mobile].filter(Boolean).join(", ") })}</p>
      <p>{t("confirmed.reminders")}</p>
      <ul>
        <li>
          <a href={`/api/booking/${booking.id}/ics?token=${signBookingToken("ics", booking.id)}`}>{t("confirmed.calendar")}</a>
        </li>
        <li>
          <a href={`/${locale}/book/manage/${booking.id}?token=${token}`}>{t("confirmed.manage")}</a>
        </li>
      </ul>
    </>
  );
}
