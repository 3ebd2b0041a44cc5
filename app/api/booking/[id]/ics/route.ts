import { getBookingWithToken } from "@/lib/booking/get-booking";
import { buildIcs } from "@/lib/booking/ics";
import { placeText } from "@/lib/booking/notify-booking";
import { toLocale } from "@/lib/i18n/params";
import { getDb } from "@/lib/db";
import { pickText } from "@/lib/i18n/format";

export const dynamic = "force-dynamic";

/** The calendar file linked from the confirmation. Needs the signed token: booking ids alone open nothing. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const token = new URL(request.url).searchParams.get("token") ?? undefined;
  const found = await getBookingWithToken(await getDb(), id, token, "ics");
  if (!found) return new Response("Not found", { status: 404 });
  const { booking, session } = found;
  const locale = toLocale(booking.locale);
  const ics = buildIcs({
    uid: booking.id,
    start: session.startsAt,
    end: session.endsAt,
    stamp: booking.updatedAt,
    summary: pickText(session.serviceName, locale),
    location: placeText(session, locale, true),
    cancelled: booking.status === "cancelled" || booking.status === "moved",
    weeklyCount: session.kind === "course" ? session.meetings : undefined,
  });
  return new Response(ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="booking.ics"`,
      "cache-control": "private, no-store",
    },
  });
}
