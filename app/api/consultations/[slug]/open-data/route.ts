import { getDb } from "@/lib/db";
import { openData } from "@/lib/engagement/open-data";
import { toCsv } from "@/lib/reports/csv";

export const dynamic = "force-dynamic";

/** Public open data (Open Government Licence): published ideas and official responses, as JSON or CSV. */
export async function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  const { slug } = await context.params;
  const data = await openData(await getDb(), slug);
  if (!data) return new Response("Not found", { status: 404 });
  const format = new URL(request.url).searchParams.get("format");
  if (format === "csv") {
    const rows: (string | number | null)[][] = [["type", "id", "date", "language", "themes", "text", "we_did"]];
    for (const i of data.ideas) rows.push(["idea", i.id, i.date, i.language, i.themes.join(" "), i.text, null]);
    for (const r of data.responses) rows.push(["response", null, r.date, "en", r.theme ?? "", r.youSaid.en, r.weDid.en]);
    return new Response(toCsv(rows), { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${slug}.csv"` } });
  }
  return Response.json({ licence: "Open Government Licence v3.0", ...data });
}
