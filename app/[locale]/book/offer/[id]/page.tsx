import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { whenText, whereText } from "@/components/booking/session-text";
import { Button, SummaryList } from "@/components/ui";
import { getOfferWithToken } from "@/lib/booking/get-booking";
import { getDb } from "@/lib/db";
import { formatDateTime, pickText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";
import { acceptOfferAction } from "../../actions";

type TProps = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ token?: string; expired?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "booking")("offer.title") };
}

export default async function OfferPage({ params, searchParams }: TProps) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const query = await searchParams;
  const found = await getOfferWithToken(await getDb(), id, query.token);
  if (!found) notFound();
  const { offer, session } = found;
  const t = getT(locale, "booking");
  const open = offer.status === "offered" && offer.offerExpiresAt && offer.offerExpiresAt > new Date() && !query.expired;
  return (
    <>
      <h1>{t("offer.title")}</h1>
      <SummaryList
        rows={[
          { key: t("check.support"), value: pickText(session.serviceName, locale) },
          { key: t("check.when"), value: whenText(session, locale, t) },
          { key: t("check.where"), value: whereText(session, t) },
        ]}
      />
      {open ? (
        <>
          <p>{t("offer.body", { until: formatDateTime(offer.offerExpiresAt!, locale) })}</p>
          <form action={acceptOfferAction}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="offer" value={offer.id} />
            <input type="hidden" name="token" value={query.token} />
            <Button>{t("offer.accept")}</Button>
          </form>
        </>
      ) : (
        <p>{t("offer.expired")}</p>
      )}
    </>
  );
}
