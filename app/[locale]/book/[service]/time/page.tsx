import type { Metadata } from "next";
import { requireEligible } from "@/components/booking/guard";
import { dayKey, timeRange } from "@/components/booking/session-text";
import { BackLink, Button, ErrorSummary, Radios } from "@/components/ui";
import { listBookableSessions } from "@/lib/booking/list-sessions";
import { getDb } from "@/lib/db";
import { formatDateTime } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";

type TProps = { params: Promise<{ locale: string; service: string }>; searchParams: Promise<{ mode?: string; venue?: string; error?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "booking")("time.title") };
}

export default async function TimePage({ params, searchParams }: TProps) {
  const locale = await resolveLocale(params);
  const { service } = await requireEligible(locale, (await params).service);
  const query = await searchParams;
  const mode = ["in_person", "telephone", "online"].includes(query.mode ?? "") ? query.mode! : "in_person";
  const t = getT(locale, "booking");
  const tc = getT(locale, "common");
  const all = await listBookableSessions(await getDb(), service, new Date(), mode);
  const sessions = mode === "in_person" ? all.filter((s) => s.venueName === query.venue) : all;
  const base = `/${locale}/book/${service}`;
  const heading = mode === "in_person" ? query.venue : t(mode === "telephone" ? "place.telephoneTitle" : "place.onlineTitle");
  const error = query.error ? t("time.error") : undefined;
  return (
    <>
      <BackLink href={mode === "in_person" ? `${base}/place` : `${base}/attend`}>{tc("back")}</BackLink>
      {error ? <ErrorSummary title={tc("errorSummaryTitle")} errors={[{ href: "#session", message: error }]} /> : null}
      <h1>{t("time.title")}</h1>
      <p className="text-lg">{heading}</p>
      {sessions.length === 0 ? <p>{t("time.none")}</p> : null}
      {sessions.length ? (
        <form method="get" action={`/${locale}/book/details`} className="max-w-xl">
          <Radios
            name="session"
            legend={t("time.title")}
            error={error}
            errorPrefix={tc("errorPrefix")}
            options={sessions.map((s) => ({
              value: s.id,
              label: s.kind === "course" ? t("time.course", { count: s.meetings, date: formatDateTime(s.startsAt, locale) }) : `${dayKey(s.startsAt, locale)}, ${timeRange(s, locale)}`,
              hint: s.placesLeft > 0 ? t("time.placesLeft", { count: s.placesLeft }) : t("time.full"),
            }))}
          />
          <Button>{tc("continue")}</Button>
        </form>
      ) : null}
    </>
  );
}
