import { randomUUID } from "node:crypto";
import type { TDbOrTx } from "@/db/client";
import { consultationQuestions, consultations } from "@/db/schema";

/** An open consultation with one required idea question (unique per call). */
export async function createOpenConsultation(db: TDbOrTx, overrides: { targetLapCodes?: string[]; closesOn?: Date } = {}) {
  const slug = `test-${randomUUID().slice(0, 8)}`;
  const [c] = await db
    .insert(consultations)
    .values({ slug, title: { en: `Test ${slug}`, ro: `Test ro ${slug}` }, summary: { en: "Summary" }, background: { en: "Background" }, status: "open", openedAt: new Date(), targetLapCodes: overrides.targetLapCodes ?? [], closesOn: overrides.closesOn ?? null })
    .returning();
  const [q] = await db.insert(consultationQuestions).values({ consultationId: c!.id, position: 1, type: "idea", prompt: { en: "Your idea" }, required: true }).returning();
  return { consultation: c!, ideaQuestionId: q!.id };
}
