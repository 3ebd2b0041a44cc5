import { withPermission } from "@/lib/authz/guard";
import { getDb } from "@/lib/db";
import { toLocale } from "@/lib/i18n/params";
import { pickText } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { toCsv } from "@/lib/reports/csv";
import { buildLapReport } from "@/lib/reports/lap-report";

export const dynamic = "force-dynamic";

/** The LAP report as CSV: the same suppressed displays as the page ("<5", "[c]"), never a raw count. */
export const GET = withPermission("reports.lap:view", async (request: Request, context: { params: Promise<{ code: string }> }) => {
  const { code } = await context.params;
  const locale = toLocale(new URL(request.url).searchParams.get("locale"));
  const t = getT(locale, "engagement");
  const report = await buildLapReport(await getDb(), code);
  if (!report) return new Response("Not found", { status: 404 });
  const rows: (string | number)[][] = [["section", "group", "category", "value"]];
  rows.push(["responses", "", "", report.responses.display]);
  for (const r of report.reach) {
    for (const c of r.categories) rows.push(["reach", r.dimension, t(`equality.values.${c.key}`), c.cell.display]);
    rows.push(["reach", r.dimension, t("report.total"), r.total.display]);
  }
  for (const th of report.themes) rows.push(["themes", th.slug, pickText(th.name, locale), th.ideas.display]);
  return new Response(toCsv(rows), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="lap-report-${report.lap.code}.csv"`, "cache-control": "no-store" },
  });
});
