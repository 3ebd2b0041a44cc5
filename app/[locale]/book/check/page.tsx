import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireEligible } from "@/components/booking/guard";
import { whenText, whereText } from "@/components/booking/session-text";
import { BackLink, Button, SummaryList } from "@/components/ui";
import { getSession } from "@/lib/booking/list-sessions";
import { getDb } from "@/lib/db";
import { pickText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";
import { confirmAction } from "../actions";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ session?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "booking")("check.title") };
}

export default async function CheckPage({ params, searchParams }: TProps) {
  const locale = await resolveLocale(params);
  const query = await searchParams;
  const session = query.session ? await getSession(await getDb(), query.session) : null;
  if (!session) redirect(`/${locale}/book`);
  const { flow } = await requireEligible(locale, session.serviceSlug);
  if (!flow.name) redirect(`/${locale}/book/details?session=${session.id}`);
  const t = getT(locale, "booking");
  const tc = getT(locale, "common");
  const details = `/${locale}/book/details?session=${session.id}`;
  const times = session.mode === "in_person" ? `time?mode=in_person&venue=${encodeURIComponent(session.venueName ?? "")}` : `time?mode=${session.mode}`;
  const change = (href: string, what: string) => ({ href, label: tc("change"), visuallyHiddenText: what });
  return (
    <>
      <BackLink href={details}>{tc("back")}</BackLink>
      <h1>{t("check.title")}</h1>
      <SummaryList
        rows={[
          { key: t("check.support"), value: pickText(session.serviceName, locale) },
          { key: t("check.when"), value: whenText(session, locale, t), action: change(`/${locale}/book/${session.serviceSlug}/${times}`, t("check.when")) },
          { key: t("check.where"), value: whereText(session, t), action: change(`/${locale}/book/${session.serviceSlug}/attend`, t("check.where")) },
          { key: t("check.name"), value: flow.name, action: change(details, t("check.name")) },
          { key: t("check.email"), value: flow.email || t("check.none"), action: change(details, t("check.email")) },
          { key: t("check.mobile"), value: flow.mobile || t("check.none"), action: change(details, t("check.mobile")) },
        ]}
      />
      <form action={confirmAction}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="session" value={session.id} />
        {/* One key per visit to this page: a double-click or a re-sent form books once. */}
        <input type="hidden" name="idempotencyKey" value={randomUUID()} />
        <Button>{t("check.confirm")}</Button>
      </form>
    </>
  );
}
