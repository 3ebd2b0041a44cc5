"use server";
import { formLocale } from "@/lib/i18n/params";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { createBooking } from "@/lib/booking/create-booking";
import { checkEligibility } from "@/lib/booking/eligibility";
import { readFlow, writeFlow } from "@/lib/booking/flow-cookie";
import { signBookingToken, verifyBookingToken } from "@/lib/booking/links";
import { getSession } from "@/lib/booking/list-sessions";
import { cancelBooking, moveBooking } from "@/lib/booking/manage-booking";
import { sendBookingMessage, sendOffer } from "@/lib/booking/notify-booking";
import { ZBookableService, ZBookingDetails, ZSmokingAnswers, ZWeightAnswers } from "@/lib/booking/schemas";
import { acceptOffer, joinWaitingList } from "@/lib/booking/waiting-list";
import { getDb } from "@/lib/db";
import type { TLocale } from "@/lib/i18n/config";
import { logger } from "@/lib/log";

/** Plain form posts (no JavaScript needed): each action redirects to the next step (post/redirect/get). */
const str = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === "string" ? v : undefined;
};
const errorsParam = (issues: { path: PropertyKey[]; message: string }[]) =>
  [...new Map(issues.map((i) => [String(i.path[0]), i.message.replace(/^booking:/, "")])).entries()].map(([k, v]) => `${k}:${v}`).join(",");

/**
 * Booking and joining a waiting list both need the whole flow re-checked on the server: valid details, found
 * eligible, and for the same service as the chosen session (so eligibility for one service cannot be used to
 * queue for the other). Anything missing starts the flow again.
 */
async function requireCompletedFlow(locale: TLocale, sessionId: string) {
  const flow = await readFlow();
  const details = ZBookingDetails.safeParse({ name: flow.name, email: flow.email, mobile: flow.mobile });
  const db = await getDb();
  const session = await getSession(db, sessionId);
  if (!session || !details.success || flow.eligible !== true || flow.service !== session.serviceSlug) redirect(`/${locale}/book`);
  const user = await getCurrentUser();
  return { db, flow, session, details: details.data, userId: user?.role === "resident" ? user.id : null };
}

export async function eligibilityAction(form: FormData) {
  const locale = formLocale(form);
  const service = ZBookableService.safeParse(str(form, "service"));
  if (!service.success) redirect(`/${locale}/book`);
  const base = `/${locale}/book/${service.data}`;
  const raw = Object.fromEntries(form.entries());
  const parsed = service.data === "weight-management" ? ZWeightAnswers.safeParse(raw) : ZSmokingAnswers.safeParse(raw);
  if (!parsed.success) redirect(`${base}/eligibility?errors=${encodeURIComponent(errorsParam(parsed.error.issues))}`);
  const result = checkEligibility(service.data, parsed.data);
  await writeFlow({
    service: service.data,
    eligible: result.status === "eligible",
    prioritised: result.status === "eligible" && result.prioritised,
    result,
  });
  redirect(`${base}/eligibility?checked=1`);
}

export async function detailsAction(form: FormData) {
  const locale = formLocale(form);
  const sessionId = str(form, "session") ?? "";
  const parsed = ZBookingDetails.safeParse({ name: str(form, "name"), email: str(form, "email"), mobile: str(form, "mobile") });
  await writeFlow({ name: str(form, "name") ?? "", email: str(form, "email") ?? "", mobile: str(form, "mobile") ?? "" });
  const session = encodeURIComponent(sessionId);
  if (!parsed.success) redirect(`/${locale}/book/details?session=${session}&errors=${encodeURIComponent(errorsParam(parsed.error.issues))}`);
  await writeFlow({ name: parsed.data.name, email: parsed.data.email ?? "", mobile: parsed.data.mobile ?? "" });
  redirect(`/${locale}/book/check?session=${session}`);
}

export async function confirmAction(form: FormData) {
  const locale = formLocale(form);
  const sessionId = str(form, "session") ?? "";
  const { db, flow, session, details, userId } = await requireCompletedFlow(locale, sessionId);
  const result = await createBooking(db, {
    sessionId,
    idempotencyKey: String(str(form, "idempotencyKey") ?? "").slice(0, 100) || crypto.randomUUID(),
    name: details.name,
    email: details.email,
    mobile: details.mobile,
    locale,
    userId,
    prioritised: flow.prioritised === true,
  });
  if (result.outcome === "confirmed") {
    await sendBookingMessage("bookingConfirmed", session, result.booking).catch((err: unknown) => logger.error({ event: "booking.notify_failed", err }));
  }
  if (result.outcome === "confirmed" || result.outcome === "duplicate") {
    redirect(`/${locale}/book/confirmed/${result.booking.id}?token=${signBookingToken("manage", result.booking.id)}`);
  }
  redirect(`/${locale}/book/full?session=${encodeURIComponent(sessionId)}&reason=${result.outcome}`);
}

export async function joinWaitingListAction(form: FormData) {
  const locale = formLocale(form);
  const sessionId = str(form, "session") ?? "";
  const { db, details, userId } = await requireCompletedFlow(locale, sessionId);
  await joinWaitingList(db, sessionId, { ...details, locale, userId });
  redirect(`/${locale}/book/full?session=${encodeURIComponent(sessionId)}&joined=1`);
}

export async function cancelAction(form: FormData) {
  const locale = formLocale(form);
  const id = str(form, "booking") ?? "";
  const token = str(form, "token") ?? "";
  if (!verifyBookingToken("manage", id, token)) redirect(`/${locale}/book/manage/${encodeURIComponent(id)}?token=`);
  const db = await getDb();
  const result = await cancelBooking(db, id);
  if (result.outcome === "cancelled") {
    const session = await getSession(db, result.booking.sessionId);
    if (session) await sendBookingMessage("bookingCancelled", session, result.booking).catch((err: unknown) => logger.error({ event: "booking.notify_failed", err }));
    await sendOffer(result.offer);
  }
  redirect(`/${locale}/book/manage/${id}?token=${token}&done=cancelled`);
}

export async function moveAction(form: FormData) {
  const locale = formLocale(form);
  const id = str(form, "booking") ?? "";
  const token = str(form, "token") ?? "";
  if (!verifyBookingToken("manage", id, token)) redirect(`/${locale}/book/manage/${encodeURIComponent(id)}?token=`);
  const db = await getDb();
  const target = await getSession(db, str(form, "session") ?? "");
  const result = target ? await moveBooking(db, id, target.id) : { outcome: "not-found" as const };
  if (result.outcome !== "moved" || !target) redirect(`/${locale}/book/manage/${id}?token=${token}&error=${result.outcome}`);
  await sendBookingMessage("bookingMoved", target, result.booking).catch((err: unknown) => logger.error({ event: "booking.notify_failed", err }));
  await sendOffer(result.offer);
  redirect(`/${locale}/book/manage/${result.booking.id}?token=${signBookingToken("manage", result.booking.id)}&done=moved`);
}

export async function acceptOfferAction(form: FormData) {
  const locale = formLocale(form);
  const id = str(form, "offer") ?? "";
  const token = str(form, "token") ?? "";
  if (!verifyBookingToken("offer", id, token)) redirect(`/${locale}/book/offer/${encodeURIComponent(id)}?token=`);
  const db = await getDb();
  const result = await acceptOffer(db, id);
  if (result.outcome !== "confirmed") redirect(`/${locale}/book/offer/${id}?token=${token}&expired=1`);
  const session = await getSession(db, result.booking.sessionId);
  if (session) await sendBookingMessage("bookingConfirmed", session, result.booking).catch((err: unknown) => logger.error({ event: "booking.notify_failed", err }));
  redirect(`/${locale}/book/confirmed/${result.booking.id}?token=${signBookingToken("manage", result.booking.id)}`);
}
