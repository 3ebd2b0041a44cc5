import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { TDbOrTx } from "@/db/client";
import { consultationResponses, consultations, ideas } from "@/db/schema";
import type { TCurrentUser } from "@/lib/auth/session";
import { audit } from "@/lib/audit";
import { isLocale } from "@/lib/i18n/config";
import { pickText } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { notify } from "@/lib/notify";

export const moderationReasons = ["personal-details", "offensive", "off-topic", "duplicate", "checked-ok"] as const;
export type TModerationReason = (typeof moderationReasons)[number];

/**
 * Hide or restore (publish) an idea with a reason. Where the author left an email address they are told, in the
 * language they wrote in, what happened and why. The reason is a fixed code so it can be translated.
 */
export async function moderateIdea(db: TDbOrTx, actor: TCurrentUser, ideaId: string, action: "hide" | "restore", reason: TModerationReason): Promise<boolean> {
  const state = action === "hide" ? "hidden" : "published";
  const [row] = await db
    .update(ideas)
    .set({ state, moderationReason: reason, moderatedBy: actor.id, moderatedAt: new Date() })
    .where(and(eq(ideas.id, ideaId), inArray(ideas.state, action === "hide" ? ["pending", "published", "held"] : ["held", "hidden", "pending"])))
    .returning({ id: ideas.id, responseId: ideas.responseId, consultationId: ideas.consultationId });
  if (!row) return false;
  await audit(actor, `idea.${action}`, "idea", ideaId, db);
  const [author] = await db
    .select({ email: consultationResponses.contactEmail, language: consultationResponses.language, title: consultations.title })
    .from(consultationResponses)
    .innerJoin(consultations, eq(consultations.id, consultationResponses.consultationId))
    .where(eq(consultationResponses.id, row.responseId));
  if (author?.email) {
    const locale = isLocale(author.language) ? author.language : "en";
    await notify({
      channel: "email",
      to: author.email,
      template: action === "hide" ? "ideaHidden" : "ideaPublished",
      locale,
      data: { consultation: pickText(author.title, locale), reason: getT(locale, "engagement")(`reasons.${reason}`) },
    });
  }
  return true;
}

export async function listHeldIdeas(db: TDbOrTx) {
  return db
    .select({ id: ideas.id, text: ideas.text, language: ideas.language, reasons: ideas.autoHoldReasons, createdAt: ideas.createdAt, consultationTitle: consultations.title })
    .from(ideas)
    .innerJoin(consultations, eq(consultations.id, ideas.consultationId))
    .where(eq(ideas.state, "held"))
    .orderBy(ideas.createdAt);
}
