import type { Metadata } from "next";
import { MyBookings } from "@/components/booking/my-bookings";
import { Button, NotificationBanner, SummaryList } from "@/components/ui";
import { csrfToken } from "@/lib/auth/csrf-server";
import { requirePagePermission } from "@/lib/authz/guard";
import { isStaffRole } from "@/lib/authz/permissions";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ notice?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "account")("title") };
}

export default async function AccountPage({ params, searchParams }: TProps) {
  const locale = await resolveLocale(params);
  const user = await requirePagePermission(locale, "account.read:own", `/${locale}/account`);
  const { notice } = await searchParams;
  const t = getT(locale, "account");
  const ta = getT(locale, "auth");
  return (
    <>
      {notice === "not-permitted" ? (
        <NotificationBanner title={t("notPermitted.title")} role="alert" id="not-permitted">
          <p>{t("notPermitted.body")}</p>
        </NotificationBanner>
      ) : null}
      <h1>{t("title")}</h1>
      <SummaryList
        rows={[
          { key: t("signedInAs"), value: <span data-testid="account-email">{user.email}</span> },
          { key: t("role"), value: t(`roles.${user.role}`) },
        ]}
      />
      {user.role === "resident" ? <MyBookings locale={locale} user={user} /> : null}
      {isStaffRole(user.role) ? (
        <p>
          <a href={`/${locale}/staff`}>{t("staffArea")}</a>
        </p>
      ) : null}
      <p>
        <a href={`/${locale}/privacy`}>{t("privacyLink")}</a>
      </p>
      <form method="post" action="/api/auth/signout">
        <input type="hidden" name="csrfToken" value={await csrfToken()} />
        <input type="hidden" name="callbackUrl" value={`/${locale}?signedOut=1`} />
        <Button variant="secondary">{ta("signOut.button")}</Button>
      </form>
    </>
  );
}
