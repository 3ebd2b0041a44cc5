import {
  answersOnPath,
  choiceValue,
  crisisAnswer,
  getQuestionBank,
  missingQuestions,
  optionScore,
  type TAnswers,
  type TQuestionBank,
} from "./question-bank";

/**
 * The scoring rules: pure functions from answers to a status per domain, readable by a clinician.
 * Each threshold names its source (see docs/instruments.md and PEERS.md A6). Bump RULES_VERSION whenever a
 * threshold or mapping changes: it is stored with every result so old results can be explained later.
 */
export const RULES_VERSION = "2026-11-22.1";

/** Plain-word statuses, shown with a coloured tag (never colour alone). */
export type TStatus = "well" | "concern" | "support";
export const statusColour = { well: "green", concern: "yellow", support: "red" } as const;

/** Why-sentence as a translation key in the "assessment" namespace plus its numbers. */
export type TWhy = { key: string; params?: Record<string, number> };
export type TDomainResult = { status: TStatus; why: TWhy; scores: Record<string, number | string> };

/** The eight domains on the wellbeing wheel, one per wellbeing service, in wheel order. */
export const wheelDomains = ["smoking", "alcohol", "weight", "emotional", "social", "housing", "money", "employment"] as const;
export const scoredDomains = [...wheelDomains, "activity", "carer"] as const;
export type TScoredDomain = (typeof scoredDomains)[number];

// ---------------------------------------------------------------------------------------------------------------
// Smoking: Heaviness of Smoking Index (time to first cigarette 0–3 + cigarettes per day 0–3 = 0–6).
// Bands 0–1 low, 2–4 medium, 5–6 high dependence: Heatherton et al. 1989; PhenX protocol 330201 (PEERS.md A6).
export type THsiBand = "low" | "medium" | "high";
export function hsiBand(score: number): THsiBand {
  if (score <= 1) return "low";
  if (score <= 4) return "medium";
  return "high";
}

// ---------------------------------------------------------------------------------------------------------------
// Alcohol: AUDIT-C (items 1–3, 0–12) and, when positive, the full AUDIT (10 items, 0–40).
// AUDIT-C ≥ 5 is positive and triggers the remaining 7 items: OHID "Alcohol use screening tests" (UK, units).
export const AUDIT_C_POSITIVE = 5;
// Full AUDIT zones: 0–7 lower risk, 8–15 increasing risk, 16–19 higher risk, 20+ possible dependence
// (Babor et al., WHO 2001; OHID AUDIT guidance; PEERS.md A6).
export type TAuditBand = "lower" | "increasing" | "higher" | "dependence";
export function auditBand(score: number): TAuditBand {
  if (score <= 7) return "lower";
  if (score <= 15) return "increasing";
  if (score <= 19) return "higher";
  return "dependence";
}

// ---------------------------------------------------------------------------------------------------------------
// Weight: BMI = kg / m². Standard adult bands (NICE CG189/NG246): <18.5 underweight, 18.5–24.9 healthy,
// 25–29.9 overweight, ≥30 obesity, ≥40 severe obesity. For people of Black, Asian and other minority ethnic
// backgrounds NICE PH46 recommends acting at the lower thresholds 23 (increased risk) and 27.5 (high risk).
export type TBmiBand = "underweight" | "healthy" | "overweight" | "obese" | "severe";
export const BMI_THRESHOLDS = {
  standard: { underweight: 18.5, overweight: 25, obese: 30, severe: 40 },
  lower: { underweight: 18.5, overweight: 23, obese: 27.5, severe: 40 },
} as const;
export function calculateBmi(heightCm: number, weightKg: number): number {
  const m = heightCm / 100;
  return Math.round((weightKg / (m * m)) * 10) / 10;
}
export function bmiBand(bmi: number, thresholds: "standard" | "lower"): TBmiBand {
  const t = BMI_THRESHOLDS[thresholds];
  if (bmi < t.underweight) return "underweight";
  if (bmi < t.overweight) return "healthy";
  if (bmi < t.obese) return "overweight";
  if (bmi < t.severe) return "obese";
  return "severe";
}
/** NICE PH46: the lower thresholds apply to Black, Asian and other minority ethnic groups; unknown gets the standard. */
export function bmiThresholdsFor(ethnicity: string | undefined): "standard" | "lower" {
  return ethnicity && ["asian", "black", "mixed", "other"].includes(ethnicity) ? "lower" : "standard";
}

// ---------------------------------------------------------------------------------------------------------------
// Emotional wellbeing: PHQ-4 (GAD-2 + PHQ-2, 0–12). Kroenke et al. 2009: 0–2 normal, 3–5 mild, 6–8 moderate,
// 9–12 severe; a GAD-2 or PHQ-2 subscore ≥ 3 suggests a fuller GAD-7/PHQ-9 assessment (PEERS.md A6).
export type TPhq4Band = "normal" | "mild" | "moderate" | "severe";
export function phq4Band(score: number): TPhq4Band {
  if (score <= 2) return "normal";
  if (score <= 5) return "mild";
  if (score <= 8) return "moderate";
  return "severe";
}
export const PHQ_SUBSCALE_POSITIVE = 3;
// ONS4 personal wellbeing (0–10, reported separately, never summed). ONS thresholds: positive items 0–4 "low";
// anxiety 6–10 "high" (ONS Personal well-being user guidance; PEERS.md A6).
export const ONS_LOW_MAX = 4;
export const ONS_HIGH_ANXIETY_MIN = 6;
export type TOnsBand = "low" | "medium" | "high" | "very_high";
export function onsPositiveBand(score: number): TOnsBand {
  if (score <= ONS_LOW_MAX) return "low";
  if (score <= 6) return "medium";
  if (score <= 8) return "high";
  return "very_high";
}
export type TOnsAnxietyBand = "very_low" | "low" | "medium" | "high";
export function onsAnxietyBand(score: number): TOnsAnxietyBand {
  if (score <= 1) return "very_low";
  if (score <= 3) return "low";
  if (score <= 5) return "medium";
  return "high";
}

// ---------------------------------------------------------------------------------------------------------------
// Social inclusion: ONS direct loneliness question ("often/always" = chronic loneliness, ONS 2018 national
// measurement of loneliness) and the 3-item UCLA scale (Hughes et al. 2004; 3–9). A UCLA score of 6 or more is
// commonly used for "lonely" (Steptoe et al. 2013, ONS guidance).
export const UCLA_LONELY_MIN = 6;

// ---------------------------------------------------------------------------------------------------------------
// Physical activity: GPPAQ Physical Activity Index (DH 2009). Exercise and cycling hours are combined; the
// categorical answers are summed using the lower bound of each band (none 0, <1 h 0.5, 1–3 h 1, 3+ h 3), then
// read against the occupation row of the DH PAI table.
export type TPai = "active" | "moderately_active" | "moderately_inactive" | "inactive";
const gppaqHours: Record<string, number> = { none: 0, under_1: 0.5, "1_to_3": 1, "3_plus": 3 };
export function gppaqIndex(work: string, exercise: string, cycling: string): TPai {
  const hours = (gppaqHours[exercise] ?? 0) + (gppaqHours[cycling] ?? 0);
  const column = hours === 0 ? 0 : hours < 1 ? 1 : hours < 3 ? 2 : 3;
  // Rows of the DH GPPAQ PAI table: not in employment is read as sedentary.
  const table: Record<string, TPai[]> = {
    not_employed: ["inactive", "moderately_inactive", "moderately_active", "active"],
    sedentary: ["inactive", "moderately_inactive", "moderately_active", "active"],
    standing: ["moderately_inactive", "moderately_active", "active", "active"],
    physical: ["moderately_active", "active", "active", "active"],
    heavy_manual: ["active", "active", "active", "active"],
  };
  return (table[work] ?? table.sedentary!)[column]!;
}

// ---------------------------------------------------------------------------------------------------------------
// Domain rules. Each returns a status in plain words and the one sentence explaining it.

function scoreSmoking(bank: TQuestionBank, a: TAnswers): TDomainResult {
  const status = choiceValue(a, "smoking_status");
  if (status !== "smoker") return { status: "well", why: { key: `why.smoking.${status ?? "never"}` }, scores: { status: status ?? "never" } };
  const hsi = optionScore(bank, a, "smoking_time_to_first") + optionScore(bank, a, "smoking_per_day");
  // Every smoker is offered Stop Smoking support (PEERS.md A7); HSI guides the nicotine replacement advice.
  if (choiceValue(a, "smoking_pregnant") === "yes") return { status: "support", why: { key: "why.smoking.pregnant", params: { score: hsi } }, scores: { hsi } };
  return { status: "support", why: { key: `why.smoking.smoker_${hsiBand(hsi)}`, params: { score: hsi } }, scores: { hsi, hsiBand: hsiBand(hsi) } };
}

function scoreAlcohol(bank: TQuestionBank, a: TAnswers): TDomainResult {
  if (choiceValue(a, "audit_1") === "never") return { status: "well", why: { key: "why.alcohol.none" }, scores: { auditC: 0 } };
  const auditC = ["audit_1", "audit_2", "audit_3"].reduce((s, id) => s + optionScore(bank, a, id), 0);
  if (auditC < AUDIT_C_POSITIVE) return { status: "well", why: { key: "why.alcohol.lower", params: { score: auditC } }, scores: { auditC } };
  const audit = Array.from({ length: 10 }, (_, i) => optionScore(bank, a, `audit_${i + 1}`)).reduce((s, n) => s + n, 0);
  const band = auditBand(audit);
  if (band === "lower") return { status: "concern", why: { key: "why.alcohol.auditc_positive", params: { score: auditC, audit } }, scores: { auditC, audit, auditBand: band } };
  return { status: "support", why: { key: `why.alcohol.${band}`, params: { score: audit } }, scores: { auditC, audit, auditBand: band } };
}

function scoreWeight(_bank: TQuestionBank, a: TAnswers): TDomainResult {
  const h = a.height;
  const w = a.weight;
  if (h?.kind !== "height" || w?.kind !== "weight") throw new Error("weight domain scored without height and weight");
  const bmi = calculateBmi(h.cm, w.kg);
  const thresholds = bmiThresholdsFor(choiceValue(a, "about_ethnicity"));
  const band = bmiBand(bmi, thresholds);
  const status: TStatus = band === "healthy" ? "well" : band === "underweight" || band === "overweight" ? "concern" : "support";
  return { status, why: { key: `why.weight.${band}${thresholds === "lower" ? "_lower" : ""}`, params: { bmi } }, scores: { bmi, bmiBand: band, thresholds } };
}

function scoreEmotional(bank: TQuestionBank, a: TAnswers): TDomainResult {
  const gad2 = optionScore(bank, a, "phq_1") + optionScore(bank, a, "phq_2");
  const phq2 = optionScore(bank, a, "phq_3") + optionScore(bank, a, "phq_4");
  const phq4 = gad2 + phq2;
  const scale = (id: string) => (a[id]?.kind === "scale" ? (a[id] as { value: number }).value : NaN);
  const satisfied = scale("ons_satisfied");
  const anxious = scale("ons_anxious");
  const scores = { phq4, gad2, phq2, onsSatisfied: satisfied, onsWorthwhile: scale("ons_worthwhile"), onsHappy: scale("ons_happy"), onsAnxious: anxious };
  const band = phq4Band(phq4);
  if (band === "moderate" || band === "severe") return { status: "support", why: { key: `why.emotional.${band}`, params: { score: phq4 } }, scores };
  if (gad2 >= PHQ_SUBSCALE_POSITIVE || phq2 >= PHQ_SUBSCALE_POSITIVE) return { status: "support", why: { key: "why.emotional.subscale", params: { score: phq4 } }, scores };
  if (band === "mild") return { status: "concern", why: { key: "why.emotional.mild", params: { score: phq4 } }, scores };
  if (onsPositiveBand(satisfied) === "low") return { status: "concern", why: { key: "why.emotional.low_satisfaction", params: { score: satisfied } }, scores };
  if (onsAnxietyBand(anxious) === "high") return { status: "concern", why: { key: "why.emotional.high_anxiety", params: { score: anxious } }, scores };
  return { status: "well", why: { key: "why.emotional.ok" }, scores };
}

function scoreSocial(bank: TQuestionBank, a: TAnswers): TDomainResult {
  const direct = choiceValue(a, "lonely_direct");
  const ucla = ["ucla_companionship", "ucla_left_out", "ucla_isolated"].reduce((s, id) => s + optionScore(bank, a, id), 0);
  const scores = { ucla, lonelyDirect: direct ?? "" };
  if (direct === "often_always" || ucla >= UCLA_LONELY_MIN) return { status: "support", why: { key: "why.social.lonely", params: { score: ucla } }, scores };
  if (direct === "some_of_the_time") return { status: "concern", why: { key: "why.social.some", params: { score: ucla } }, scores };
  return { status: "well", why: { key: "why.social.ok" }, scores };
}

function scoreHousing(_bank: TQuestionBank, a: TAnswers): TDomainResult {
  const tenure = choiceValue(a, "housing_tenure");
  const condition = choiceValue(a, "housing_condition");
  const risk = choiceValue(a, "housing_risk");
  const scores = { tenure: tenure ?? "", condition: condition ?? "", risk: risk ?? "" };
  if (tenure === "no_fixed_home") return { status: "support", why: { key: "why.housing.no_home" }, scores };
  if (risk === "yes") return { status: "support", why: { key: "why.housing.risk" }, scores };
  if (condition === "serious_problems") return { status: "support", why: { key: "why.housing.serious" }, scores };
  if (condition === "some_problems" || risk === "not_sure") return { status: "concern", why: { key: "why.housing.some" }, scores };
  return { status: "well", why: { key: "why.housing.ok" }, scores };
}

function scoreMoney(_bank: TQuestionBank, a: TAnswers): TDomainResult {
  const worry = choiceValue(a, "money_worry");
  const scores = { worry: worry ?? "", food: choiceValue(a, "money_food") ?? "", fuel: choiceValue(a, "money_fuel") ?? "" };
  // Going without food or heating is food or fuel poverty whatever the worry level (Food Foundation / DESNZ measures).
  if (scores.food === "yes" || scores.fuel === "yes") return { status: "support", why: { key: "why.money.hardship" }, scores };
  if (worry === "often" || worry === "all_the_time") return { status: "support", why: { key: "why.money.worry_often" }, scores };
  if (worry === "sometimes") return { status: "concern", why: { key: "why.money.worry_sometimes" }, scores };
  return { status: "well", why: { key: "why.money.ok" }, scores };
}

function scoreEmployment(_bank: TQuestionBank, a: TAnswers): TDomainResult {
  const help = choiceValue(a, "work_help");
  const skills = choiceValue(a, "work_skills");
  const scores = { status: choiceValue(a, "work_status") ?? "", help: help ?? "", skills: skills ?? "" };
  if (help === "yes") return { status: "support", why: { key: "why.employment.help" }, scores };
  if (skills === "yes") return { status: "concern", why: { key: "why.employment.skills" }, scores };
  if (help === "maybe") return { status: "concern", why: { key: "why.employment.maybe" }, scores };
  return { status: "well", why: { key: "why.employment.ok" }, scores };
}

function scoreActivity(_bank: TQuestionBank, a: TAnswers): TDomainResult {
  const pai = gppaqIndex(choiceValue(a, "gppaq_work") ?? "", choiceValue(a, "gppaq_exercise") ?? "", choiceValue(a, "gppaq_cycling") ?? "");
  // GPPAQ guidance: anyone below "active" is offered brief advice; "inactive" is the priority group.
  const status: TStatus = pai === "active" ? "well" : pai === "inactive" ? "support" : "concern";
  return { status, why: { key: `why.activity.${pai}` }, scores: { pai } };
}

function scoreCarer(_bank: TQuestionBank, a: TAnswers): TDomainResult {
  const hours = choiceValue(a, "carer") ?? "no";
  // 20+ hours a week of unpaid care is where Census 2021 reports markedly worse health for carers.
  const status: TStatus = hours === "no" ? "well" : hours === "up_to_19" ? "concern" : "support";
  return { status, why: { key: `why.carer.${hours === "no" ? "no" : hours === "up_to_19" ? "some" : "heavy"}` }, scores: { hours } };
}

const rules: Record<TScoredDomain, (bank: TQuestionBank, a: TAnswers) => TDomainResult> = {
  smoking: scoreSmoking,
  alcohol: scoreAlcohol,
  weight: scoreWeight,
  emotional: scoreEmotional,
  social: scoreSocial,
  housing: scoreHousing,
  money: scoreMoney,
  employment: scoreEmployment,
  activity: scoreActivity,
  carer: scoreCarer,
};

export type TAssessmentResult = {
  rulesVersion: string;
  bankVersion: string;
  domains: Record<TScoredDomain, TDomainResult>;
};

export class IncompleteAssessmentError extends Error {
  constructor(public readonly missing: string[]) {
    super(`Assessment incomplete: ${missing.length} question(s) unanswered`);
  }
}
export class CrisisAssessmentError extends Error {
  constructor(public readonly questionId: string) {
    super("Assessment stopped by a safeguarding answer");
  }
}

/**
 * Scores a whole assessment. Refuses (throws) unless every question on the resident's path has a valid answer,
 * so skipping steps by URL or posting tampered values cannot produce a result; a crisis answer never scores.
 */
export function scoreAssessment(answers: TAnswers, bank: TQuestionBank = getQuestionBank()): TAssessmentResult {
  const crisis = crisisAnswer(bank, answers);
  if (crisis) throw new CrisisAssessmentError(crisis.id);
  const missing = missingQuestions(bank, answers);
  if (missing.length) throw new IncompleteAssessmentError(missing.map((q) => q.id));
  const onPath = answersOnPath(bank, answers);
  const domains = Object.fromEntries(scoredDomains.map((d) => [d, rules[d](bank, onPath)])) as Record<TScoredDomain, TDomainResult>;
  return { rulesVersion: RULES_VERSION, bankVersion: bank.version, domains };
}
