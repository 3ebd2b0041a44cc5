import type { Metadata } from "next";
import { whenText, whereText } from "@/components/booking/session-text";
import { Button, ErrorSummary, NotificationBanner, Radios, SummaryList } from "@/components/ui";
import { getBookingWithToken } from "@/lib/booking/get-booking";
import { listBookableSessions } from "@/lib/booking/list-sessions";
import { BOOKING_PHONE } from "@/lib/booking/notify-booking";
import { getDb } from "@/lib/db";
import { pickText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";
import { cancelAction, moveAction } from "../../actions";

type TProps = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ token?: string; done?: string; error?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "booking")("manage.title") };
}

/** Reached from the signed link in the confirmation: no sign-in needed, and nothing shown without the right token. */
export default async function ManageBookingPage({ params, searchParams }: TProps) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const query = await searchParams;
  const t = getT(locale, "booking");
  const tc = getT(locale, "common");
  const db = await getDb();
  const found = await getBookingWithToken(db, id, query.token);
  if (!found) {
    return (
      <>
        <h1>{t("manage.title")}</h1>
        <p>{t("manage.invalid", { phone: BOOKING_PHONE })}</p>
      </>
    );
  }
  const { booking, session } = found;
  const others =
    booking.status === "confirmed" ? (await listBookableSessions(db, session.serviceSlug, new Date())).filter((s) => s.id !== session.id && s.placesLeft > 0) : [];
  const errorKey = query.error === "full" ? "full.title" : query.error === "closed" ? "full.closed" : query.error === "already-booked" ? "full.already" : null;
  return (
    <>
      {query.done ? (
        <NotificationBanner variant="success" title={t(`manage.statuses.${booking.status}`)} role="status">
          <p>{t(query.done === "moved" ? "manage.moved" : "manage.cancelled")}</p>
        </NotificationBanner>
      ) : null}
      {errorKey ? <ErrorSummary title={tc("errorSummaryTitle")} errors={[{ href: "#session", message: t(errorKey) }]} /> : null}
      <h1>{t("manage.title")}</h1>
      <SummaryList
        rows={[
          { key: t("check.support"), value: pickText(session.serviceName, locale) },
          { key: t("check.when"), value: whenText(session, locale, t) },
          { key: t("check.where"), value: whereText(session, t) },
          { key: t("check.name"), value: booking.name },
          { key: t("manage.status"), value: <span data-testid="booking-status">{t(`manage.statuses.${booking.status}`)}</span> },
        ]}
      />
      {booking.status === "confirmed" ? (
        <>
          <h2>{t("manage.move")}</h2>
          {others.length ? (
            <form action={moveAction} className="max-w-xl">
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="booking" value={booking.id} />
              <input type="hidden" name="token" value={query.token} />
              <Radios
                name="session"
                legend={t("manage.chooseTime")}
                small
                options={others.slice(0, 20).map((s) => ({ value: s.id, label: whenText(s, locale, t), hint: whereText(s, t) }))}
              />
              <Button variant="secondary">{t("manage.moveSubmit")}</Button>
            </form>
          ) : (
            <p>{t("manage.noOther")}</p>
          )}
          <h2>{t("manage.cancel")}</h2>
          <form action={cancelAction}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="booking" value={booking.id} />
            <input type="hidden" name="token" value={query.token} />
            <Button variant="warning">{t("manage.cancel")}</Button>
          </form>
        </>
      ) : null}
    </>
  );
}
