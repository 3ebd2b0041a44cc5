import "server-only";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import type { TLocale } from "@/lib/i18n/config";
import { toLocale } from "@/lib/i18n/params";
import { formatDate, formatDateTime, formatTime, pickText } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { notify } from "@/lib/notify";
import type { TTemplate } from "@/lib/notify/templates";
import { getSession, type TSessionView } from "./list-sessions";
import { signBookingToken } from "./links";
import type { TOffer } from "./waiting-list";

/** The service's telephone line, for people who cannot use a link (texts carry no link to stay within two fragments). */
export const BOOKING_PHONE = "0300 126 1000";

export type TRecipient = { id: string; name: string; email: string | null; mobile: string | null; locale: string };
type TBookingTemplate = Extract<TTemplate, `booking${string}`>;


export function placeText(session: Pick<TSessionView, "mode" | "venueName" | "venueAddress" | "venuePostcode">, locale: TLocale, long: boolean) {
  const t = getT(locale, "booking");
  if (session.mode === "in_person") return long ? [session.venueName, session.venueAddress, session.venuePostcode].filter(Boolean).join(", ") : session.venueName!;
  return long ? t(`where.${session.mode}`) : t(`attend.modes.${session.mode}`);
}

export const manageUrl = (locale: TLocale, bookingId: string) =>
  `${env().NEXTAUTH_URL}/${locale}/book/manage/${bookingId}?token=${signBookingToken("manage", bookingId)}`;
export const icsUrl = (bookingId: string) => `${env().NEXTAUTH_URL}/api/booking/${bookingId}/ics?token=${signBookingToken("ics", bookingId)}`;
export const offerUrl = (locale: TLocale, offerId: string) => `${env().NEXTAUTH_URL}/${locale}/book/offer/${offerId}?token=${signBookingToken("offer", offerId)}`;

/** The words filled into a booking message, in the resident's language and UK time. */
export function messageData(session: TSessionView, recipient: TRecipient, extra: Record<string, string> = {}) {
  const locale = toLocale(recipient.locale);
  return {
    name: recipient.name,
    service: pickText(session.serviceName, locale),
    when: formatDateTime(session.startsAt, locale),
    where: placeText(session, locale, true),
    place: placeText(session, locale, false),
    phone: BOOKING_PHONE,
    manageUrl: manageUrl(locale, recipient.id),
    icsUrl: icsUrl(recipient.id),
    bookUrl: `${env().NEXTAUTH_URL}/${locale}/book`,
    ...extra,
  };
}

/** Texts use the short date ("01/12/2026 10:30") so that each stays within two fragments. */
export const smsWhen = (date: Date, locale: TLocale) => `${formatDate(date, locale, "short")} ${formatTime(date, locale)}`;

/** Sends one booking message by email and, when a mobile was given, by text, in the resident's language. */
export async function sendBookingMessage(
  template: TBookingTemplate,
  session: TSessionView,
  recipient: TRecipient,
  extra: Record<string, string> = {},
  smsExtra: Record<string, string> = {},
) {
  const locale = toLocale(recipient.locale);
  const data = messageData(session, recipient, extra);
  if (recipient.email) await notify({ channel: "email", to: recipient.email, template, locale, data });
  if (recipient.mobile) await notify({ channel: "sms", to: recipient.mobile, template, locale, data: { ...data, when: smsWhen(session.startsAt, locale), ...smsExtra } });
}

/** Sends the waiting-list offer that a freed place produced, if any. */
export async function sendOffer(offer: TOffer | null) {
  if (!offer) return;
  const session = await getSession(await getDb(), offer.sessionId);
  if (!session) return;
  const locale = toLocale(offer.locale);
  await sendBookingMessage(
    "bookingOffer",
    session,
    offer,
    { until: formatDateTime(offer.offerExpiresAt!, locale), offerUrl: offerUrl(locale, offer.id) },
    { until: smsWhen(offer.offerExpiresAt!, locale) },
  ).catch((err: unknown) => logger.error({ event: "booking.notify_failed", err }));
}
