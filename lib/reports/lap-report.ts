import "server-only";
import { and, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db/client";
import { ageBands, consultationResponses, consultations, disabilityStatuses, engagementThemes, ethnicGroups, ideaSupports, ideaThemes, ideas, laps, places, sexes, youSaidWeDid, type TI18nText } from "@/db/schema";
import { suppressCount, suppressSeries, type TCell } from "./suppression";

export const reachDimensions = {
  ageBand: ageBands,
  sex: sexes,
  ethnicity: ethnicGroups,
  disability: disabilityStatuses,
} as const;
export type TReachDimension = keyof typeof reachDimensions;

export type TReachBreakdown = { dimension: TReachDimension; categories: { key: string; cell: TCell }[]; total: TCell };

/**
 * A LAP report is a list of sections, each built from raw counts that pass through the suppression function
 * before they leave this module: no caller ever sees a raw count. Sections for the need profile, referrals,
 * bookings and directory coverage are added here as those features land (see docs/decisions/041).
 */
export type TLapReport = {
  lap: { code: string; name: TI18nText; placeCode: string; placeName: TI18nText };
  responses: TCell;
  reach: TReachBreakdown[];
  themes: { slug: string; name: TI18nText; ideas: TCell; examples: { id: string; text: string; language: string }[] }[];
  youSaidWeDid: { consultation: TI18nText; theme: TI18nText | null; youSaid: TI18nText; weDid: TI18nText; publishedAt: Date }[];
};

const NOT_GIVEN = "not-given";

export async function buildLapReport(db: TDbOrTx, lapCode: string, format?: (n: number) => string): Promise<TLapReport | null> {
  const [lap] = await db
    .select({ id: laps.id, code: laps.code, name: laps.name, placeCode: places.code, placeName: places.name })
    .from(laps)
    .innerJoin(places, eq(places.id, laps.placeId))
    .where(eq(laps.code, lapCode));
  if (!lap) return null;
  const inLap = eq(consultationResponses.lapId, lap.id);

  const reach: TReachBreakdown[] = [];
  let total = 0;
  for (const [dimension, values] of Object.entries(reachDimensions) as [TReachDimension, readonly string[]][]) {
    const column = consultationResponses[dimension];
    const rows = await db.select({ key: column, n: count() }).from(consultationResponses).where(inLap).groupBy(column);
    const keys = [...values, NOT_GIVEN];
    const counts = keys.map((k) => Number(rows.find((r) => (r.key ?? NOT_GIVEN) === k)?.n ?? 0));
    total = counts.reduce((a, b) => a + b, 0);
    const s = suppressSeries(counts, { format });
    reach.push({ dimension, categories: keys.map((key, i) => ({ key, cell: s.cells[i]! })), total: s.total });
  }

  // Published ideas from this LAP per theme. Ideas can have several themes, so the counts do not add up to a total
  // and each is suppressed on its own.
  const themeRows = await db
    .select({ themeId: engagementThemes.id, slug: engagementThemes.slug, name: engagementThemes.name, n: count() })
    .from(ideaThemes)
    .innerJoin(ideas, eq(ideas.id, ideaThemes.ideaId))
    .innerJoin(consultationResponses, eq(consultationResponses.id, ideas.responseId))
    .innerJoin(engagementThemes, eq(engagementThemes.id, ideaThemes.themeId))
    .where(and(inLap, eq(ideas.state, "published")))
    .groupBy(engagementThemes.id, engagementThemes.slug, engagementThemes.name)
    .orderBy(desc(count()), engagementThemes.slug)
    .limit(5);
  const themes: TLapReport["themes"] = [];
  for (const t of themeRows) {
    const examples = await db
      .select({ id: ideas.id, text: ideas.text, language: ideas.language, supports: sql<number>`(select count(*) from ${ideaSupports} where ${ideaSupports.ideaId} = ${ideas.id})` })
      .from(ideas)
      .innerJoin(ideaThemes, and(eq(ideaThemes.ideaId, ideas.id), eq(ideaThemes.themeId, t.themeId)))
      .innerJoin(consultationResponses, eq(consultationResponses.id, ideas.responseId))
      .where(and(inLap, eq(ideas.state, "published")))
      .orderBy(desc(sql`4`), ideas.createdAt)
      .limit(2);
    themes.push({ slug: t.slug, name: t.name, ideas: suppressCount(Number(t.n), { format }), examples: examples.map(({ id, text, language }) => ({ id, text, language })) });
  }

  // "You said, we did" for consultations that targeted this LAP or heard from it.
  const heard = db.selectDistinct({ id: consultationResponses.consultationId }).from(consultationResponses).where(inLap);
  const relevant = await db
    .select({ id: consultations.id })
    .from(consultations)
    .where(sql`${consultations.id} in (${heard}) or ${lap.code} = any(${consultations.targetLapCodes})`);
  const ysw = relevant.length
    ? await db
        .select({ consultation: consultations.title, theme: engagementThemes.name, youSaid: youSaidWeDid.youSaid, weDid: youSaidWeDid.weDid, publishedAt: youSaidWeDid.publishedAt })
        .from(youSaidWeDid)
        .innerJoin(consultations, eq(consultations.id, youSaidWeDid.consultationId))
        .leftJoin(engagementThemes, eq(engagementThemes.id, youSaidWeDid.themeId))
        .where(inArray(youSaidWeDid.consultationId, relevant.map((r) => r.id)))
        .orderBy(desc(youSaidWeDid.publishedAt))
    : [];

  return {
    lap: { code: lap.code, name: lap.name, placeCode: lap.placeCode, placeName: lap.placeName },
    responses: suppressCount(total, { format }),
    reach,
    themes,
    youSaidWeDid: ysw.map((y) => ({ ...y, theme: y.theme ?? null })),
  };
}
