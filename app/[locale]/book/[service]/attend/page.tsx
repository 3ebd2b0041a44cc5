import type { Metadata } from "next";
import { requireEligible } from "@/components/booking/guard";
import { BackLink } from "@/components/ui";
import { listBookableSessions } from "@/lib/booking/list-sessions";
import { BOOKING_PHONE } from "@/lib/booking/notify-booking";
import { getDb } from "@/lib/db";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";

type TProps = { params: Promise<{ locale: string; service: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "booking")("attend.title") };
}

const modes = ["in_person", "telephone", "online"] as const;

export default async function AttendPage({ params }: TProps) {
  const locale = await resolveLocale(params);
  const { service } = await requireEligible(locale, (await params).service);
  const t = getT(locale, "booking");
  const tc = getT(locale, "common");
  const sessions = await listBookableSessions(await getDb(), service, new Date());
  const available = modes.filter((m) => sessions.some((s) => s.mode === m));
  const base = `/${locale}/book/${service}`;
  return (
    <>
      <BackLink href={`${base}/eligibility`}>{tc("back")}</BackLink>
      <h1>{t("attend.title")}</h1>
      {available.length === 0 ? <p>{t("attend.none", { phone: BOOKING_PHONE })}</p> : null}
      <ul className="list-none ps-0">
        {available.map((m) => (
          <li key={m} className="mb-4 border-b border-nhs-grey-4 pb-4 text-lg">
            <a href={m === "in_person" ? `${base}/place` : `${base}/time?mode=${m}`}>{t(`attend.modes.${m}`)}</a>
          </li>
        ))}
      </ul>
    </>
  );
}
