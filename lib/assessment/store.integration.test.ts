import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { assessmentAnswers, assessments } from "@/db/schema";
import { getDb } from "@/lib/db";
import type { TAnswer } from "./question-bank";
import { hashResumeCode } from "./resume-code";
import { IncompleteAssessmentError, RULES_VERSION } from "./scoring";
import { findByResumeCode, loadAnswers, recordReviewConsent, saveAnswer, startAssessment, submitAssessment } from "./store";

const c = (value: string): TAnswer => ({ kind: "choice", value });
const s = (value: number): TAnswer => ({ kind: "scale", value });
const complete: Record<string, TAnswer> = {
  smoking_status: c("smoker"), smoking_time_to_first: c("within_5"), smoking_per_day: c("21_30"), smoking_pregnant: c("not_applicable"),
  audit_1: c("never"),
  height: { kind: "height", cm: 165, entered: "metric" }, weight: { kind: "weight", kg: 60, entered: "metric" },
  phq_1: c("not_at_all"), phq_2: c("not_at_all"), phq_3: c("not_at_all"), phq_4: c("not_at_all"),
  ons_satisfied: s(7), ons_worthwhile: s(7), ons_happy: s(7), ons_anxious: s(1),
  safety_danger: c("no"), safety_self_harm: c("no"), safety_unsafe_home: c("no"),
  lonely_direct: c("never"), ucla_companionship: c("hardly_ever"), ucla_left_out: c("hardly_ever"), ucla_isolated: c("hardly_ever"),
  housing_tenure: c("social_rent"), housing_condition: c("good"), housing_risk: c("no"),
  money_worry: c("never"), money_food: c("no"), money_fuel: c("no"),
  work_status: c("retired"), work_skills: c("no"),
  gppaq_work: c("not_employed"), gppaq_exercise: c("3_plus"), gppaq_cycling: c("none"),
  carer: c("no"),
  about_age: c("65_74"), about_sex: c("male"), about_ethnicity: c("white"), about_disability: c("no"), about_language: c("en"),
  about_postcode: { kind: "postcode", value: "NN16 0AA" },
};

describe("assessment store", () => {
  it("saves each answer as it is given, resumes by code, and scores only a complete path", async () => {
    const db = await getDb();
    const { id, code } = await startAssessment(db);
    const [row] = await db.select({ hash: assessments.resumeCodeHash }).from(assessments).where(eq(assessments.id, id));
    expect(row!.hash).toBe(hashResumeCode(code));
    expect(row!.hash).not.toContain(code);

    await saveAnswer(db, id, "smoking_status", c("never"));
    await saveAnswer(db, id, "smoking_status", c("smoker"));
    expect(await loadAnswers(db, id)).toEqual({ smoking_status: c("smoker") });
    expect((await findByResumeCode(db, code))?.id).toBe(id);

    await expect(submitAssessment(db, id)).rejects.toThrow(IncompleteAssessmentError);
    for (const [q, a] of Object.entries(complete)) await saveAnswer(db, id, q, a);
    const done = await submitAssessment(db, id);
    expect(done.status).toBe("completed");
    expect(done.rulesVersion).toBe(RULES_VERSION);
    expect(done.result?.domains.smoking).toMatchObject({ status: "support", why: { key: "why.smoking.smoker_high", params: { score: 5 } } });
    expect(done.result?.domains.alcohol.status).toBe("well");
    await expect(saveAnswer(db, id, "carer", c("50_plus"))).rejects.toThrow(/already submitted/);
  });

  it("stops on a crisis answer, records consent to review, and reopens when the answer is corrected", async () => {
    const db = await getDb();
    const { id } = await startAssessment(db);
    expect(await saveAnswer(db, id, "safety_self_harm", c("yes"))).toEqual({ crisis: true });
    let [row] = await db.select().from(assessments).where(eq(assessments.id, id));
    expect(row).toMatchObject({ status: "crisis", crisisQuestion: "safety_self_harm", flaggedForReview: false });
    await recordReviewConsent(db, id, true);
    [row] = await db.select().from(assessments).where(eq(assessments.id, id));
    expect(row).toMatchObject({ reviewConsent: true, flaggedForReview: true });
    await saveAnswer(db, id, "safety_self_harm", c("no"));
    [row] = await db.select().from(assessments).where(eq(assessments.id, id));
    expect(row!.status).toBe("in_progress");
  });

  it("refuses a completed status without a result at the database level", async () => {
    const db = await getDb();
    const { id } = await startAssessment(db);
    await expect(db.update(assessments).set({ status: "completed" }).where(eq(assessments.id, id))).rejects.toThrow();
    await db.delete(assessments).where(eq(assessments.id, id));
    expect(await db.select().from(assessmentAnswers).where(eq(assessmentAnswers.assessmentId, id))).toEqual([]);
  });
});
