import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { whenText, whereText } from "@/components/booking/session-text";
import { BackLink, Button, ErrorSummary, NotificationBanner, Select, Tag, TextInput } from "@/components/ui";
import { requirePagePermission } from "@/lib/authz/guard";
import { getRoster } from "@/lib/booking/roster";
import { getDb } from "@/lib/db";
import { formatNumber, pickText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";
import { recordOutcomeAction } from "./actions";

type TProps = { params: Promise<{ locale: string; sessionId: string }>; searchParams: Promise<{ saved?: string; error?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "booking")("staff.title") };
}

const smokingOutcomes = ["quit_co_validated", "quit_self_reported", "not_quit", "lost_to_follow_up"] as const;

export default async function RosterPage({ params, searchParams }: TProps) {
  const locale = await resolveLocale(params);
  const { sessionId } = await params;
  const user = await requirePagePermission(locale, "booking.roster:view", `/${locale}/staff/booking/${sessionId}`);
  const query = await searchParams;
  const roster = await getRoster(await getDb(), user, sessionId);
  if (!roster) notFound();
  const { session, rows } = roster;
  const t = getT(locale, "booking");
  const tc = getT(locale, "common");
  const isWeight = session.serviceSlug === "weight-management";
  const kg = (g: number | null) => (g === null ? "" : String(g / 1000));
  const saved = rows.find((r) => r.bookingId === query.saved);
  const failed = rows.find((r) => r.bookingId === query.error);
  return (
    <>
      <BackLink href={`/${locale}/staff/booking`}>{tc("back")}</BackLink>
      {failed ? <ErrorSummary title={tc("errorSummaryTitle")} errors={[{ href: `#week0-${failed.bookingId}`, message: t("staff.errorWeight") }]} /> : null}
      {saved ? (
        <NotificationBanner variant="success" title={t("staff.saved")} role="status">
          <p>{saved.name}</p>
        </NotificationBanner>
      ) : null}
      <h1>{t("staff.rosterTitle", { service: pickText(session.serviceName, locale), when: whenText(session, locale, t) })}</h1>
      <p>{whereText(session, t)}</p>
      <p>
        {t("staff.booked")}: {formatNumber(rows.length, locale)} / {formatNumber(session.capacity, locale)}
      </p>
      <p>
        <a href={`/api/booking/sessions/${session.id}/roster?locale=${locale}`} download>
          {t("staff.csv")}
        </a>
      </p>
      {rows.length === 0 ? <p>{t("staff.empty")}</p> : null}
      <ul className="list-none ps-0">
        {rows.map((r) => (
          <li key={r.bookingId} className="mb-6 border-b border-nhs-grey-4 pb-4" data-testid="roster-row">
            <h2 className="mb-1 text-xl">
              {r.name} {r.prioritised ? <Tag colour="orange">{t("staff.priority")}</Tag> : null}
            </h2>
            <p className="mb-3">{[r.email, r.mobile].filter(Boolean).join(" · ")}</p>
            <form action={recordOutcomeAction} className="flex flex-wrap items-end gap-x-4">
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="session" value={session.id} />
              <input type="hidden" name="booking" value={r.bookingId} />
              <Select
                id={`status-${r.bookingId}`}
                name="status"
                label={t("staff.attendance")}
                defaultValue={r.status}
                options={(["confirmed", "attended", "did_not_attend"] as const).map((s) => ({ value: s, label: t(`manage.statuses.${s}`) }))}
              />
              {isWeight ? (
                <>
                  <TextInput id={`week0-${r.bookingId}`} name="week0" label={t("staff.week0")} inputMode="decimal" widthClass="w-[8ch]" defaultValue={kg(r.weightWeek0Grams)} error={failed?.bookingId === r.bookingId ? t("staff.errorWeight") : undefined} errorPrefix={tc("errorPrefix")} />
                  <TextInput id={`week12-${r.bookingId}`} name="week12" label={t("staff.week12")} inputMode="decimal" widthClass="w-[8ch]" defaultValue={kg(r.weightWeek12Grams)} />
                </>
              ) : (
                <Select
                  id={`smoking-${r.bookingId}`}
                  name="smoking4Week"
                  label={t("staff.smoking4Week")}
                  defaultValue={r.smoking4Week ?? ""}
                  options={[{ value: "", label: t("staff.smoking.none") }, ...smokingOutcomes.map((o) => ({ value: o, label: t(`staff.smoking.${o}`) }))]}
                />
              )}
              <div className="mb-6">
                <Button variant="secondary">
                  {tc("save")}
                  <span className="sr-only"> {r.name}</span>
                </Button>
              </div>
            </form>
          </li>
        ))}
      </ul>
    </>
  );
}
