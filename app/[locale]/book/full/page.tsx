import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireEligible } from "@/components/booking/guard";
import { Button, ButtonLink, NotificationBanner } from "@/components/ui";
import { getSession } from "@/lib/booking/list-sessions";
import { OFFER_HOURS } from "@/lib/booking/waiting-list";
import { getDb } from "@/lib/db";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";
import { joinWaitingListAction } from "../actions";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ session?: string; reason?: string; joined?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "booking")("full.title") };
}

export default async function FullPage({ params, searchParams }: TProps) {
  const locale = await resolveLocale(params);
  const query = await searchParams;
  const session = query.session ? await getSession(await getDb(), query.session) : null;
  if (!session) redirect(`/${locale}/book`);
  await requireEligible(locale, session.serviceSlug);
  const t = getT(locale, "booking");
  const other = `/${locale}/book/${session.serviceSlug}/attend`;
  if (query.joined) {
    return (
      <NotificationBanner variant="success" title={t("full.join")} role="status">
        <p>{t("full.joined")}</p>
      </NotificationBanner>
    );
  }
  if (query.reason === "already-booked" || query.reason === "closed") {
    return (
      <>
        <h1>{t(query.reason === "closed" ? "full.closed" : "full.already")}</h1>
        <ButtonLink href={other}>{t("full.other")}</ButtonLink>
      </>
    );
  }
  return (
    <>
      <h1>{t("full.title")}</h1>
      <p>{t("full.body", { hours: OFFER_HOURS })}</p>
      <form action={joinWaitingListAction} className="mb-6">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="session" value={session.id} />
        <Button>{t("full.join")}</Button>
      </form>
      <p>
        <a href={other}>{t("full.other")}</a>
      </p>
    </>
  );
}
