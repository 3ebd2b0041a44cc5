import "server-only";
import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import type { TDbOrTx } from "@/db/client";
import { consultationResponses, consultations, engagementThemes, youSaidWeDid, type TI18nText } from "@/db/schema";
import type { TCurrentUser } from "@/lib/auth/session";
import { audit } from "@/lib/audit";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/config";
import { pickText } from "@/lib/i18n/format";
import { notify } from "@/lib/notify";

/**
 * Publishes "you said, we did" for a consultation (themeSlug null) or one of its themes. The first publication
 * moves a closed (or open) consultation to "responded" and tells every participant who left an email address,
 * once each, in the language they used.
 */
export async function publishYouSaidWeDid(db: TDbOrTx, actor: TCurrentUser, consultationId: string, input: { themeSlug: string | null; youSaid: TI18nText; weDid: TI18nText }) {
  const outcome = await db.transaction(async (tx) => {
    const [c] = await tx.select({ id: consultations.id, status: consultations.status, title: consultations.title, slug: consultations.slug }).from(consultations).where(eq(consultations.id, consultationId));
    if (!c || c.status === "draft") return null;
    const theme = input.themeSlug ? (await tx.select({ id: engagementThemes.id }).from(engagementThemes).where(eq(engagementThemes.slug, input.themeSlug)))[0] : null;
    if (input.themeSlug && !theme) return null;
    await tx
      .insert(youSaidWeDid)
      .values({ consultationId, themeId: theme?.id ?? null, youSaid: input.youSaid, weDid: input.weDid, publishedBy: actor.id })
      .onConflictDoUpdate({ target: [youSaidWeDid.consultationId, youSaidWeDid.themeId], set: { youSaid: input.youSaid, weDid: input.weDid, publishedBy: actor.id, publishedAt: new Date() } });
    const firstTime = c.status !== "responded";
    if (firstTime) await tx.update(consultations).set({ status: "responded", respondedAt: new Date(), closedAt: new Date() }).where(eq(consultations.id, consultationId));
    await audit(actor, "consultation.you-said-we-did", "consultation", consultationId, tx);
    return { c, firstTime };
  });
  if (!outcome) return false;
  if (outcome.firstTime) {
    const people = await db
      .selectDistinctOn([consultationResponses.contactEmail], { email: consultationResponses.contactEmail, language: consultationResponses.language })
      .from(consultationResponses)
      .where(and(eq(consultationResponses.consultationId, consultationId), isNotNull(consultationResponses.contactEmail)));
    for (const p of people) {
      const locale = isLocale(p.language) ? p.language : "en";
      await notify({ channel: "email", to: p.email!, template: "youSaidWeDid", locale, data: { consultation: pickText(outcome.c.title, locale), url: new URL(`/${locale}/consultations/${outcome.c.slug}`, env().NEXTAUTH_URL).toString() } });
    }
  }
  return true;
}

export async function listYouSaidWeDid(db: TDbOrTx, consultationIds: string[]) {
  if (!consultationIds.length) return [];
  return db
    .select({ consultationId: youSaidWeDid.consultationId, youSaid: youSaidWeDid.youSaid, weDid: youSaidWeDid.weDid, publishedAt: youSaidWeDid.publishedAt, themeName: engagementThemes.name, themeSlug: engagementThemes.slug })
    .from(youSaidWeDid)
    .leftJoin(engagementThemes, eq(engagementThemes.id, youSaidWeDid.themeId))
    .where(inArray(youSaidWeDid.consultationId, consultationIds))
    .orderBy(asc(youSaidWeDid.publishedAt));
}
