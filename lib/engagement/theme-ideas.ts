import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { TDbOrTx } from "@/db/client";
import { engagementThemes, ideaThemes, ideas } from "@/db/schema";
import type { TCurrentUser } from "@/lib/auth/session";
import { audit } from "@/lib/audit";
import { suggestThemes } from "./theme-suggestions";

export async function listThemes(db: TDbOrTx) {
  return db.select().from(engagementThemes).where(eq(engagementThemes.active, true)).orderBy(asc(engagementThemes.sortOrder));
}

/**
 * Puts themes on one or many ideas. `suggestedSlugs` are the ones the portal had suggested for that idea and the
 * person kept, recorded as such. Re-assigning an existing theme changes nothing (primary key).
 */
export async function assignThemes(db: TDbOrTx, actor: TCurrentUser, ideaIds: string[], themeSlugs: string[], suggestedSlugs: string[] = []): Promise<number> {
  if (!ideaIds.length || !themeSlugs.length) return 0;
  return db.transaction(async (tx) => {
    const themes = await tx.select({ id: engagementThemes.id, slug: engagementThemes.slug }).from(engagementThemes).where(inArray(engagementThemes.slug, themeSlugs));
    const found = await tx.select({ id: ideas.id }).from(ideas).where(inArray(ideas.id, ideaIds));
    const suggested = new Set(suggestedSlugs);
    const values = found.flatMap((i) => themes.map((t) => ({ ideaId: i.id, themeId: t.id, assignedBy: actor.id, suggested: suggested.has(t.slug) })));
    if (!values.length) return 0;
    const inserted = await tx.insert(ideaThemes).values(values).onConflictDoNothing().returning({ ideaId: ideaThemes.ideaId });
    for (const i of found) await audit(actor, "idea.theme", "idea", i.id, tx);
    return inserted.length;
  });
}

export async function removeTheme(db: TDbOrTx, actor: TCurrentUser, ideaId: string, themeSlug: string) {
  const [theme] = await db.select({ id: engagementThemes.id }).from(engagementThemes).where(eq(engagementThemes.slug, themeSlug));
  if (!theme) return false;
  const rows = await db.delete(ideaThemes).where(and(eq(ideaThemes.ideaId, ideaId), eq(ideaThemes.themeId, theme.id))).returning({ ideaId: ideaThemes.ideaId });
  if (rows.length) await audit(actor, "idea.untheme", "idea", ideaId, db);
  return rows.length > 0;
}

/** Ideas of a consultation for staff, with their themes and the portal's suggestions. */
export async function listIdeasForTheming(db: TDbOrTx, consultationId: string) {
  const themes = await listThemes(db);
  const rows = await db
    .select({ id: ideas.id, text: ideas.text, language: ideas.language, state: ideas.state, translation: ideas.translation, createdAt: ideas.createdAt })
    .from(ideas)
    .where(eq(ideas.consultationId, consultationId))
    .orderBy(asc(ideas.createdAt));
  const links = rows.length
    ? await db
        .select({ ideaId: ideaThemes.ideaId, slug: engagementThemes.slug, suggested: ideaThemes.suggested })
        .from(ideaThemes)
        .innerJoin(engagementThemes, eq(engagementThemes.id, ideaThemes.themeId))
        .where(inArray(ideaThemes.ideaId, rows.map((r) => r.id)))
    : [];
  return {
    themes,
    ideas: rows.map((r) => ({
      ...r,
      themes: links.filter((l) => l.ideaId === r.id),
      suggestions: suggestThemes([r.text, ...Object.values(r.translation ?? {})].join(" "), themes).map((s) => s.slug),
    })),
  };
}
