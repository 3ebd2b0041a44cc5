import { withPermission } from "@/lib/authz/guard";
import { getRoster, rosterCsv } from "@/lib/booking/roster";
import { getDb } from "@/lib/db";
import { toLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

/** A session's roster as CSV, for advisors of that service and admins. Another service's session is a 404. */
export const GET = withPermission<{ params: Promise<{ id: string }> }>("booking.roster:view", async (request, { params }, user) => {
  const { id } = await params;
  const t = getT(toLocale(new URL(request.url).searchParams.get("locale")), "booking");
  const roster = await getRoster(await getDb(), user, id);
  if (!roster) return new Response("Not found", { status: 404 });
  const headings = [t("check.name"), t("check.email"), t("check.mobile"), t("manage.status"), t("staff.priority"), t("staff.smoking4Week"), t("staff.week0"), t("staff.week12")];
  return new Response(rosterCsv(roster.rows, headings), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="roster-${roster.session.startsAt.toISOString().slice(0, 10)}.csv"`,
      "cache-control": "private, no-store",
    },
  });
});
