/**
 * Who can book which service, as pure functions a clinician can read. Each decision carries reasons as
 * translation keys (namespace "booking", `eligibility.reasons.*`) so the resident is told why in plain words.
 *
 * The assessment (issue 2) will fill `TEligibilityAnswers` from a resident's answers; until then, and for anyone
 * without an assessment, the booking flow asks these questions itself.
 */

/** NICE CG189 / NG246: a lower BMI threshold for people of these family backgrounds, who face health risks at lower BMI. */
export const ethnicGroups = ["white", "mixed", "asian", "black", "other", "not_said"] as const;
export type TEthnicGroup = (typeof ethnicGroups)[number];
const lowerThresholdGroups: readonly TEthnicGroup[] = ["mixed", "asian", "black", "other"];

export const BMI_THRESHOLD = 30;
export const BMI_THRESHOLD_LOWER = 27.5;
export const ADULT_AGE = 18;

export type TEligibilityAnswers = {
  ageYears?: number | null;
  heightCm?: number | null;
  weightKg?: number | null;
  ethnicGroup?: TEthnicGroup | null;
  /** Diagnosed type 2 diabetes or high blood pressure: the NHS Digital Weight Management Programme may fit. */
  hasDiabetesOrHypertension?: boolean | null;
  smokes?: boolean | null;
  pregnant?: boolean | null;
};

export type TReason = { key: string; values?: Record<string, string | number> };

export type TEligibility =
  | { status: "needs-answers"; missing: (keyof TEligibilityAnswers)[] }
  | { status: "eligible"; reasons: TReason[]; prioritised: boolean; bmi?: number; gpReferralSuggested: boolean }
  | { status: "not-eligible"; reasons: TReason[]; bmi?: number; gpReferralSuggested: boolean };

export type TBookableService = "stop-smoking" | "weight-management";

/** BMI to one decimal place, or null when height or weight is missing or not believable. */
export function bmiOf(heightCm: number | null | undefined, weightKg: number | null | undefined): number | null {
  if (!heightCm || !weightKg || heightCm < 100 || heightCm > 250 || weightKg < 25 || weightKg > 350) return null;
  const metres = heightCm / 100;
  return Math.round((weightKg / (metres * metres)) * 10) / 10;
}

export const bmiThresholdFor = (group: TEthnicGroup | null | undefined) =>
  group && lowerThresholdGroups.includes(group) ? BMI_THRESHOLD_LOWER : BMI_THRESHOLD;

export function checkWeightManagement(a: TEligibilityAnswers): TEligibility {
  const missing = (["ageYears", "heightCm", "weightKg", "ethnicGroup"] as const).filter((k) => a[k] === undefined || a[k] === null);
  if (missing.length) return { status: "needs-answers", missing };
  const bmi = bmiOf(a.heightCm, a.weightKg);
  if (bmi === null) return { status: "needs-answers", missing: ["heightCm", "weightKg"] };
  const threshold = bmiThresholdFor(a.ethnicGroup);
  const reasons: TReason[] = [];
  if (a.ageYears! < ADULT_AGE) reasons.push({ key: "under18" });
  if (bmi < threshold) reasons.push({ key: "bmiBelow", values: { bmi, threshold } });
  if (reasons.length) return { status: "not-eligible", reasons, bmi, gpReferralSuggested: false };
  const gpReferralSuggested = a.hasDiabetesOrHypertension === true;
  return {
    status: "eligible",
    reasons: [{ key: "bmiMeets", values: { bmi, threshold } }, ...(threshold === BMI_THRESHOLD_LOWER ? [{ key: "lowerThreshold" }] : [])],
    prioritised: false,
    bmi,
    gpReferralSuggested,
  };
}

/** Stop smoking is open to everyone who smokes; pregnant smokers are seen first (NICE NG209). */
export function checkStopSmoking(a: TEligibilityAnswers): TEligibility {
  if (a.smokes === undefined || a.smokes === null) return { status: "needs-answers", missing: ["smokes"] };
  if (!a.smokes) return { status: "not-eligible", reasons: [{ key: "notSmoker" }], gpReferralSuggested: false };
  const prioritised = a.pregnant === true;
  return { status: "eligible", reasons: [{ key: prioritised ? "pregnantPriority" : "smoker" }], prioritised, gpReferralSuggested: false };
}

export function checkEligibility(service: TBookableService, answers: TEligibilityAnswers): TEligibility {
  return service === "weight-management" ? checkWeightManagement(answers) : checkStopSmoking(answers);
}
