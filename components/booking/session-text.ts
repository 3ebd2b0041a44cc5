import type { TFunction } from "i18next";
import type { TSessionView } from "@/lib/booking/list-sessions";
import type { TLocale } from "@/lib/i18n/config";
import { formatDate, formatDateTime, formatTime } from "@/lib/i18n/format";

/** "Tuesday 1 December 2026 at 10:30", plus "12 weekly meetings" for a course. */
export function whenText(session: Pick<TSessionView, "startsAt" | "kind" | "meetings">, locale: TLocale, t: TFunction): string {
  if (session.kind === "course") return t("time.course", { count: session.meetings, date: formatDateTime(session.startsAt, locale) });
  return formatDateTime(session.startsAt, locale);
}

export function whereText(session: Pick<TSessionView, "mode" | "venueName" | "venueAddress" | "venuePostcode">, t: TFunction): string {
  if (session.mode === "in_person") return [session.venueName, session.venueAddress, session.venuePostcode].filter(Boolean).join(", ");
  return t(`where.${session.mode}`);
}

export const dayKey = (d: Date, locale: TLocale) => formatDate(d, locale);
export const timeRange = (s: Pick<TSessionView, "startsAt" | "endsAt">, locale: TLocale) => `${formatTime(s.startsAt, locale)}–${formatTime(s.endsAt, locale)}`;
