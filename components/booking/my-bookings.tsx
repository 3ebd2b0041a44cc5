import { listMyBookings } from "@/lib/booking/list-my-bookings";
import { signBookingToken } from "@/lib/booking/links";
import { getDb } from "@/lib/db";
import type { TLocale } from "@/lib/i18n/config";
import { formatDateTime, pickText } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";

/** The "Your bookings" section of a resident's account page. */
export async function MyBookings({ locale, user }: { locale: TLocale; user: { id: string; email: string } }) {
  const t = getT(locale, "booking");
  const rows = await listMyBookings(await getDb(), user);
  return (
    <section aria-labelledby="my-bookings">
      <h2 id="my-bookings">{t("account.title")}</h2>
      {rows.length === 0 ? <p>{t("account.none")}</p> : null}
      <ul className="list-none ps-0">
        {rows.map((b) => (
          <li key={b.id} className="mb-3 border-b border-nhs-grey-4 pb-3">
            <a href={`/${locale}/book/manage/${b.id}?token=${signBookingToken("manage", b.id)}`}>
              {pickText(b.serviceName, locale)}, {formatDateTime(b.startsAt, locale)}
            </a>
            <br />
            {b.mode === "in_person" ? b.venueName : t(`attend.modes.${b.mode}`)} · {t(`manage.statuses.${b.status}`)}
          </li>
        ))}
      </ul>
      <p>
        <a href={`/${locale}/book`}>{t("account.book")}</a>
      </p>
    </section>
  );
}
