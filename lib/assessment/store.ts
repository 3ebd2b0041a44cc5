import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db/client";
import { assessmentAnswers, assessments } from "@/db/schema";
import { lookupPostcode } from "@/lib/geo/lookup-postcode";
import { crisisAnswer, CURRENT_BANK_VERSION, getQuestion, getQuestionBank, type TAnswer, type TAnswers } from "./question-bank";
import { generateResumeCode, hashResumeCode } from "./resume-code";
import { scoreAssessment } from "./scoring";

/** Assessment persistence: start, save each answer as it is given, stop on a crisis answer, submit and score. */

export type TAssessmentRow = typeof assessments.$inferSelect;
export type TChannel = "self" | "advisor" | "vcse";

export async function startAssessment(
  db: TDbOrTx,
  opts: { userId?: string | null; channel?: TChannel; venue?: string | null; assistedBy?: string | null; easyRead?: boolean } = {},
): Promise<{ id: string; code: string }> {
  // A collision on the unique hash is astronomically unlikely; retry rather than fail the resident.
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = generateResumeCode();
    const rows = await db
      .insert(assessments)
      .values({
        userId: opts.userId ?? null,
        resumeCodeHash: hashResumeCode(code),
        bankVersion: CURRENT_BANK_VERSION,
        channel: opts.channel ?? "self",
        venue: opts.venue ?? null,
        assistedBy: opts.assistedBy ?? null,
        easyRead: opts.easyRead ?? false,
      })
      .onConflictDoNothing()
      .returning({ id: assessments.id });
    if (rows[0]) return { id: rows[0].id, code };
  }
  throw new Error("Could not allocate a resume code");
}

export async function getAssessment(db: TDbOrTx, id: string): Promise<TAssessmentRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db.select().from(assessments).where(eq(assessments.id, id));
  return row ?? null;
}

export async function findByResumeCode(db: TDbOrTx, code: string): Promise<TAssessmentRow | null> {
  const [row] = await db.select().from(assessments).where(eq(assessments.resumeCodeHash, hashResumeCode(code)));
  return row ?? null;
}

/** The signed-in resident's latest assessment that is not finished, for resuming from their account. */
export async function latestOpenAssessmentFor(db: TDbOrTx, userId: string): Promise<TAssessmentRow | null> {
  const [row] = await db
    .select()
    .from(assessments)
    .where(and(eq(assessments.userId, userId), sql`${assessments.status} <> 'completed'`))
    .orderBy(desc(assessments.updatedAt))
    .limit(1);
  return row ?? null;
}

export async function loadAnswers(db: TDbOrTx, assessmentId: string): Promise<Record<string, TAnswer>> {
  const rows = await db.select({ q: assessmentAnswers.questionId, v: assessmentAnswers.value }).from(assessmentAnswers).where(eq(assessmentAnswers.assessmentId, assessmentId));
  return Object.fromEntries(rows.map((r) => [r.q, r.v]));
}

/**
 * Upserts one validated answer. A crisis answer moves the assessment to "crisis" in the same transaction, so the
 * flow stops however the answer arrived; correcting it (the resident chose the wrong option) reopens it.
 */
export async function saveAnswer(db: TDbOrTx, assessmentId: string, questionId: string, answer: TAnswer): Promise<{ crisis: boolean }> {
  const bank = getQuestionBank();
  const isSafetyQuestion = !!getQuestion(bank, questionId)?.crisisValues?.length;
  return db.transaction(async (tx) => {
    // One statement both locks the row and refuses changes after submission.
    const [row] = await tx
      .update(assessments)
      .set({ updatedAt: new Date() })
      .where(and(eq(assessments.id, assessmentId), sql`${assessments.status} <> 'completed'`))
      .returning({ status: assessments.status });
    if (!row) throw new Error("Assessment not found or already submitted");
    await tx
      .insert(assessmentAnswers)
      .values({ assessmentId, questionId, value: answer })
      .onConflictDoUpdate({ target: [assessmentAnswers.assessmentId, assessmentAnswers.questionId], set: { value: answer, answeredAt: new Date() } });
    if (!isSafetyQuestion) return { crisis: row.status === "crisis" };
    const safetyIds = bank.questions.filter((q) => q.crisisValues?.length).map((q) => q.id);
    const rows = await tx
      .select({ q: assessmentAnswers.questionId, v: assessmentAnswers.value })
      .from(assessmentAnswers)
      .where(and(eq(assessmentAnswers.assessmentId, assessmentId), inArray(assessmentAnswers.questionId, safetyIds)));
    const crisis = crisisAnswer(bank, Object.fromEntries(rows.map((r) => [r.q, r.v])));
    await tx
      .update(assessments)
      .set(crisis ? { status: "crisis", crisisQuestion: crisis.id } : { status: "in_progress" })
      .where(eq(assessments.id, assessmentId));
    return { crisis: !!crisis };
  });
}

/** The resident's answer to "can an advisor look at this?". Only a yes flags the assessment for review. */
export async function recordReviewConsent(db: TDbOrTx, assessmentId: string, consent: boolean) {
  await db.update(assessments).set({ reviewConsent: consent, flaggedForReview: consent, updatedAt: new Date() }).where(eq(assessments.id, assessmentId));
}

export async function setEasyRead(db: TDbOrTx, assessmentId: string, easyRead: boolean) {
  await db.update(assessments).set({ easyRead, updatedAt: new Date() }).where(eq(assessments.id, assessmentId));
}

/**
 * Scores the assessment from the answers in the database (never from the form), so a tampered or skipped path
 * cannot produce a result: scoreAssessment throws unless every question on the path has a valid answer.
 */
export async function submitAssessment(db: TDbOrTx, assessmentId: string): Promise<TAssessmentRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(assessments).where(eq(assessments.id, assessmentId)).for("update");
    if (!row) throw new Error("Assessment not found");
    if (row.status === "completed") return row;
    const answers: TAnswers = await loadAnswers(tx, assessmentId);
    const result = scoreAssessment(answers, getQuestionBank(row.bankVersion));
    const postcode = answers.about_postcode?.kind === "postcode" ? answers.about_postcode.value : "";
    const area = postcode ? await lookupPostcode(tx, postcode) : null;
    const [done] = await tx
      .update(assessments)
      .set({ status: "completed", result, rulesVersion: result.rulesVersion, completedAt: new Date(), updatedAt: new Date(), lapCode: area?.lapCode ?? null })
      .where(eq(assessments.id, assessmentId))
      .returning();
    return done!;
  });
}

/** Resident claims an assessment (e.g. one done with an advisor) into their account with its resume code. */
export async function claimAssessment(db: TDbOrTx, assessmentId: string, userId: string) {
  await db.update(assessments).set({ userId, updatedAt: new Date() }).where(and(eq(assessments.id, assessmentId), sql`${assessments.userId} is null`));
}

/** The resident's completed assessment before this one, for "change since last time". */
export async function previousCompletedFor(db: TDbOrTx, userId: string, current: { id: string; completedAt: Date }): Promise<TAssessmentRow | null> {
  const [row] = await db
    .select()
    .from(assessments)
    .where(and(eq(assessments.userId, userId), eq(assessments.status, "completed"), sql`${assessments.id} <> ${current.id}`, sql`${assessments.completedAt} < ${current.completedAt.toISOString()}`))
    .orderBy(desc(assessments.completedAt))
    .limit(1);
  return row ?? null;
}
