import type { Metadata } from "next";
import { requireEligible } from "@/components/booking/guard";
import { BackLink } from "@/components/ui";
import { listBookableSessions } from "@/lib/booking/list-sessions";
import { getDb } from "@/lib/db";
import { formatDate } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";

type TProps = { params: Promise<{ locale: string; service: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "booking")("place.title") };
}

/** Venues with something to book, each with the days it has sessions, so the resident picks a place and sees its days. */
export default async function PlacePage({ params }: TProps) {
  const locale = await resolveLocale(params);
  const { service } = await requireEligible(locale, (await params).service);
  const t = getT(locale, "booking");
  const tc = getT(locale, "common");
  const sessions = await listBookableSessions(await getDb(), service, new Date(), "in_person");
  const venues = new Map<string, { address: string; days: Set<string> }>();
  for (const s of sessions) {
    const v = venues.get(s.venueName!) ?? { address: [s.venueAddress, s.venuePostcode].filter(Boolean).join(", "), days: new Set<string>() };
    v.days.add(formatDate(s.startsAt, locale));
    venues.set(s.venueName!, v);
  }
  const base = `/${locale}/book/${service}`;
  return (
    <>
      <BackLink href={`${base}/attend`}>{tc("back")}</BackLink>
      <h1>{t("place.title")}</h1>
      <ul className="list-none ps-0">
        {[...venues.entries()].map(([name, v]) => (
          <li key={name} className="mb-4 border-b border-nhs-grey-4 pb-4">
            <h2 className="mb-1 text-xl">
              <a href={`${base}/time?mode=in_person&venue=${encodeURIComponent(name)}`}>{name}</a>
            </h2>
            <p className="mb-1">{v.address}</p>
            <p className="mb-0 text-nhs-secondary-text">{[...v.days].join(" · ")}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
