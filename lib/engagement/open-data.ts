import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { TDbOrTx } from "@/db/client";
import { engagementThemes, ideaThemes, ideas } from "@/db/schema";
import { getConsultation } from "./consultations";
import { listYouSaidWeDid } from "./publish-you-said-we-did";

/**
 * Open data for one consultation: only PUBLISHED (moderated) ideas, in the writer's words, with their themes,
 * and the official responses. No respondent data: no postcode, LAP, equality answers, dates finer than a day.
 */
export async function openData(db: TDbOrTx, slug: string) {
  const c = await getConsultation(db, { slug }, true);
  if (!c) return null;
  const rows = await db.select({ id: ideas.id, text: ideas.text, language: ideas.language, createdAt: ideas.createdAt }).from(ideas).where(and(eq(ideas.consultationId, c.id), eq(ideas.state, "published"))).orderBy(asc(ideas.createdAt));
  const links = await db.select({ ideaId: ideaThemes.ideaId, slug: engagementThemes.slug }).from(ideaThemes).innerJoin(engagementThemes, eq(engagementThemes.id, ideaThemes.themeId)).innerJoin(ideas, eq(ideas.id, ideaThemes.ideaId)).where(eq(ideas.consultationId, c.id));
  const ysw = await listYouSaidWeDid(db, [c.id]);
  return {
    consultation: { slug: c.slug, title: c.title, status: c.status },
    ideas: rows.map((r) => ({ id: r.id, text: r.text, language: r.language, date: r.createdAt.toISOString().slice(0, 10), themes: links.filter((l) => l.ideaId === r.id).map((l) => l.slug) })),
    responses: ysw.map((y) => ({ theme: y.themeSlug, youSaid: y.youSaid, weDid: y.weDid, date: y.publishedAt.toISOString().slice(0, 10) })),
  };
}
