import { describe, expect, it } from "vitest";
import { getQuestionBank, nextQuestion, optionsFor, type TAnswer, type TAnswers } from "./question-bank";
import {
  auditBand,
  bmiBand,
  bmiThresholdsFor,
  calculateBmi,
  CrisisAssessmentError,
  gppaqIndex,
  hsiBand,
  IncompleteAssessmentError,
  onsAnxietyBand,
  onsPositiveBand,
  phq4Band,
  RULES_VERSION,
  scoreAssessment,
} from "./scoring";

describe("band boundaries", () => {
  it.each([
    [0, "low"], [1, "low"], [2, "medium"], [4, "medium"], [5, "high"], [6, "high"],
  ] as const)("HSI %i is %s dependence", (score, band) => expect(hsiBand(score)).toBe(band));

  it.each([
    [0, "lower"], [7, "lower"], [8, "increasing"], [15, "increasing"], [16, "higher"], [19, "higher"], [20, "dependence"], [40, "dependence"],
  ] as const)("AUDIT %i is %s risk", (score, band) => expect(auditBand(score)).toBe(band));

  it.each([
    [18.4, "standard", "underweight"], [18.5, "standard", "healthy"], [24.9, "standard", "healthy"], [25, "standard", "overweight"],
    [29.9, "standard", "overweight"], [30, "standard", "obese"], [39.9, "standard", "obese"], [40, "standard", "severe"],
    [18.4, "lower", "underweight"], [18.5, "lower", "healthy"], [22.9, "lower", "healthy"], [23, "lower", "overweight"],
    [27.4, "lower", "overweight"], [27.5, "lower", "obese"], [40, "lower", "severe"],
  ] as const)("BMI %f with %s thresholds is %s", (bmi, t, band) => expect(bmiBand(bmi, t)).toBe(band));

  it.each([
    [0, "normal"], [2, "normal"], [3, "mild"], [5, "mild"], [6, "moderate"], [8, "moderate"], [9, "severe"], [12, "severe"],
  ] as const)("PHQ-4 %i is %s", (score, band) => expect(phq4Band(score)).toBe(band));

  it.each([
    [0, "low"], [4, "low"], [5, "medium"], [6, "medium"], [7, "high"], [8, "high"], [9, "very_high"], [10, "very_high"],
  ] as const)("ONS4 positive item %i is %s", (score, band) => expect(onsPositiveBand(score)).toBe(band));

  it.each([
    [0, "very_low"], [1, "very_low"], [2, "low"], [3, "low"], [4, "medium"], [5, "medium"], [6, "high"], [10, "high"],
  ] as const)("ONS4 anxiety %i is %s", (score, band) => expect(onsAnxietyBand(score)).toBe(band));

  it.each([
    ["sedentary", "none", "none", "inactive"],
    ["not_employed", "under_1", "none", "moderately_inactive"],
    ["sedentary", "under_1", "under_1", "moderately_active"],
    ["sedentary", "1_to_3", "none", "moderately_active"],
    ["sedentary", "3_plus", "none", "active"],
    ["sedentary", "1_to_3", "1_to_3", "moderately_active"],
    ["standing", "none", "none", "moderately_inactive"],
    ["standing", "under_1", "none", "moderately_active"],
    ["standing", "1_to_3", "none", "active"],
    ["physical", "none", "none", "moderately_active"],
    ["physical", "under_1", "none", "active"],
    ["heavy_manual", "none", "none", "active"],
  ] as const)("GPPAQ work %s, exercise %s, cycling %s is %s", (work, ex, cyc, pai) => expect(gppaqIndex(work, ex, cyc)).toBe(pai));

  it("calculates BMI to one decimal place", () => {
    expect(calculateBmi(170, 72.25)).toBe(25);
    expect(calculateBmi(180, 81)).toBe(25);
    expect(calculateBmi(160, 64)).toBe(25);
  });

  it.each([
    ["white", "standard"], ["asian", "lower"], ["black", "lower"], ["mixed", "lower"], ["other", "lower"], ["prefer_not", "standard"], [undefined, "standard"],
  ] as const)("ethnicity %s uses %s BMI thresholds (NICE PH46)", (eth, t) => expect(bmiThresholdsFor(eth)).toBe(t));
});

const c = (value: string): TAnswer => ({ kind: "choice", value });
const s = (value: number): TAnswer => ({ kind: "scale", value });

/** A complete, low-risk set of answers; tests override single answers. */
const wellAnswers: Record<string, TAnswer> = {
  smoking_status: c("never"),
  audit_1: c("monthly_or_less"), audit_2: c("1_2"), audit_3: c("never"),
  height: { kind: "height", cm: 170, entered: "metric" }, weight: { kind: "weight", kg: 65, entered: "metric" },
  phq_1: c("not_at_all"), phq_2: c("not_at_all"), phq_3: c("not_at_all"), phq_4: c("not_at_all"),
  ons_satisfied: s(8), ons_worthwhile: s(8), ons_happy: s(8), ons_anxious: s(2),
  safety_danger: c("no"), safety_self_harm: c("no"), safety_unsafe_home: c("no"),
  lonely_direct: c("hardly_ever"), ucla_companionship: c("hardly_ever"), ucla_left_out: c("hardly_ever"), ucla_isolated: c("hardly_ever"),
  housing_tenure: c("own"), housing_condition: c("good"), housing_risk: c("no"),
  money_worry: c("never"), money_food: c("no"), money_fuel: c("no"),
  work_status: c("employed"), work_help: c("no"), work_skills: c("no"),
  gppaq_work: c("standing"), gppaq_exercise: c("1_to_3"), gppaq_cycling: c("none"),
  carer: c("no"),
  about_age: c("35_49"), about_sex: c("female"), about_ethnicity: c("white"), about_disability: c("no"), about_language: c("en"),
  about_postcode: { kind: "postcode", value: "" },
};
const withAnswers = (over: Record<string, TAnswer>): TAnswers => ({ ...wellAnswers, ...over });

describe("scoreAssessment", () => {
  it("scores a complete low-risk assessment as doing well everywhere, with the rules version", () => {
    const result = scoreAssessment(wellAnswers);
    expect(result.rulesVersion).toBe(RULES_VERSION);
    expect(result.bankVersion).toBe("v1");
    for (const [domain, r] of Object.entries(result.domains)) expect(r.status, domain).toBe("well");
  });

  it("refuses to score when an applicable question is unanswered (skipping by URL)", () => {
    const rest = { ...wellAnswers };
    delete rest.money_food;
    expect(() => scoreAssessment(rest)).toThrow(IncompleteAssessmentError);
  });

  it("refuses a tampered option value", () => {
    expect(() => scoreAssessment(withAnswers({ smoking_status: c("hacker") }))).toThrow(IncompleteAssessmentError);
  });

  it("refuses to score when a smoker has not answered the Heaviness of Smoking Index", () => {
    expect(() => scoreAssessment(withAnswers({ smoking_status: c("smoker") }))).toThrow(IncompleteAssessmentError);
  });

  it("never scores past a crisis answer", () => {
    expect(() => scoreAssessment(withAnswers({ safety_self_harm: c("yes") }))).toThrow(CrisisAssessmentError);
  });

  it("offers every smoker support and reports the HSI", () => {
    const r = scoreAssessment(withAnswers({ smoking_status: c("smoker"), smoking_time_to_first: c("6_30"), smoking_per_day: c("11_20"), smoking_pregnant: c("no") }));
    expect(r.domains.smoking).toMatchObject({ status: "support", why: { key: "why.smoking.smoker_medium", params: { score: 3 } } });
  });

  it("ignores stale smoking answers after the resident changes to non-smoker", () => {
    const r = scoreAssessment(withAnswers({ smoking_status: c("ex"), smoking_time_to_first: c("within_5"), smoking_per_day: c("31_plus") }));
    expect(r.domains.smoking.status).toBe("well");
  });

  it.each([
    // [audit_1, audit_2, audit_3, extra items 4–10, status, why key]
    ["never", undefined, undefined, undefined, "well", "why.alcohol.none"],
    ["2_4_month", "3_4", "less_than_monthly", undefined, "well", "why.alcohol.lower"], // AUDIT-C 4
    ["2_4_month", "5_6", "less_than_monthly", "never", "concern", "why.alcohol.auditc_positive"], // AUDIT-C 5, AUDIT 5
    ["2_3_week", "5_6", "monthly", "less_than_monthly", "support", "why.alcohol.increasing"], // 7 + 5×1 + 0 + 0 = 12
    ["4_plus_week", "10_plus", "daily", "weekly", "dependence_or_higher", ""], // 12 + 15 + 0 = 27
  ] as const)("alcohol: %s / %s / %s with items 4–8 %s is %s", (a1, a2, a3, rest, status, key) => {
    const over: Record<string, TAnswer> = { audit_1: c(a1) };
    if (a2) over.audit_2 = c(a2);
    if (a3) over.audit_3 = c(a3);
    if (rest) {
      for (const i of [4, 5, 6, 7, 8]) over[`audit_${i}`] = c(rest);
      over.audit_9 = c("no");
      over.audit_10 = c("no");
    }
    const answers = { ...withAnswers(over) };
    if (a1 === "never") { delete (answers as Record<string, TAnswer>).audit_2; delete (answers as Record<string, TAnswer>).audit_3; }
    const r = scoreAssessment(answers).domains.alcohol;
    if (status === "dependence_or_higher") {
      expect(r).toMatchObject({ status: "support", why: { key: "why.alcohol.dependence", params: { score: 27 } } });
    } else {
      expect(r.status).toBe(status);
      expect(r.why.key).toBe(key);
    }
  });

  it("expands to the full AUDIT only when AUDIT-C is 5 or more", () => {
    const bank = getQuestionBank();
    const fourOnly = withAnswers({ audit_1: c("2_4_month"), audit_2: c("3_4"), audit_3: c("less_than_monthly") });
    expect(() => scoreAssessment(fourOnly, bank)).not.toThrow();
    const five = withAnswers({ audit_1: c("2_4_month"), audit_2: c("5_6"), audit_3: c("less_than_monthly") });
    expect(() => scoreAssessment(five, bank)).toThrow(IncompleteAssessmentError);
  });

  it("uses NICE's lower BMI thresholds for an Asian resident", () => {
    const over = { height: { kind: "height", cm: 170, entered: "metric" } as TAnswer, weight: { kind: "weight", kg: 69.4, entered: "metric" } as TAnswer };
    expect(scoreAssessment(withAnswers(over)).domains.weight).toMatchObject({ status: "well", scores: { bmi: 24 } });
    expect(scoreAssessment(withAnswers({ ...over, about_ethnicity: c("asian") })).domains.weight).toMatchObject({ status: "concern", why: { key: "why.weight.overweight_lower" } });
  });

  it.each([
    [{ phq_1: c("several_days"), phq_3: c("several_days"), phq_4: c("several_days") }, "concern", "why.emotional.mild"],
    [{ phq_1: c("more_than_half"), phq_2: c("several_days") }, "support", "why.emotional.subscale"],
    [{ phq_1: c("more_than_half"), phq_2: c("more_than_half"), phq_3: c("more_than_half") }, "support", "why.emotional.moderate"],
    [{ phq_1: c("nearly_every_day"), phq_2: c("nearly_every_day"), phq_3: c("nearly_every_day") }, "support", "why.emotional.severe"],
    [{ ons_satisfied: s(4) }, "concern", "why.emotional.low_satisfaction"],
    [{ ons_satisfied: s(5), ons_anxious: s(6) }, "concern", "why.emotional.high_anxiety"],
    [{ ons_satisfied: s(5), ons_anxious: s(5) }, "well", "why.emotional.ok"],
  ])("emotional wellbeing %o is %s", (over, status, key) => {
    const r = scoreAssessment(withAnswers(over)).domains.emotional;
    expect([r.status, r.why.key]).toEqual([status, key]);
  });

  it.each([
    [{ lonely_direct: c("often_always") }, "support"],
    [{ ucla_companionship: c("often"), ucla_left_out: c("often") }, "support"], // UCLA 7
    [{ ucla_companionship: c("often"), ucla_left_out: c("some_of_the_time"), ucla_isolated: c("hardly_ever") }, "support"], // UCLA 6
    [{ ucla_companionship: c("some_of_the_time"), ucla_left_out: c("some_of_the_time") }, "well"], // UCLA 5
    [{ lonely_direct: c("some_of_the_time") }, "concern"],
  ])("social inclusion %o is %s", (over, status) => expect(scoreAssessment(withAnswers(over)).domains.social.status).toBe(status));

  it.each([
    [{ housing_tenure: c("no_fixed_home") }, "support", "why.housing.no_home"],
    [{ housing_risk: c("yes") }, "support", "why.housing.risk"],
    [{ housing_condition: c("serious_problems") }, "support", "why.housing.serious"],
    [{ housing_risk: c("not_sure") }, "concern", "why.housing.some"],
    [{ money_food: c("yes") }, "support", "why.money.hardship"],
    [{ money_fuel: c("yes") }, "support", "why.money.hardship"],
    [{ money_worry: c("often") }, "support", "why.money.worry_often"],
    [{ money_worry: c("sometimes") }, "concern", "why.money.worry_sometimes"],
    [{ work_help: c("yes") }, "support", "why.employment.help"],
    [{ work_skills: c("yes") }, "concern", "why.employment.skills"],
    [{ work_help: c("maybe") }, "concern", "why.employment.maybe"],
    [{ carer: c("up_to_19") }, "concern", "why.carer.some"],
    [{ carer: c("20_49") }, "support", "why.carer.heavy"],
    [{ gppaq_exercise: c("none") }, "concern", "why.activity.moderately_inactive"],
  ])("practical domains %o give %s (%s)", (over, status, key) => {
    const r = scoreAssessment(withAnswers(over));
    const hit = Object.values(r.domains).find((d) => d.why.key === key);
    expect(hit?.status).toBe(status);
  });

  it("does not ask about housing condition or risk when there is no fixed home", () => {
    const rest = { ...withAnswers({ housing_tenure: c("no_fixed_home") }) } as Record<string, TAnswer>;
    delete rest.housing_condition;
    delete rest.housing_risk;
    expect(scoreAssessment(rest).domains.housing.status).toBe("support");
  });
});

describe("every path through the bank", () => {
  it("scores to a status with a why-sentence that exists in the translations (randomised walk, 400 residents)", async () => {
    const { readFileSync } = await import("node:fs");
    const en = JSON.parse(readFileSync("locales/en/assessment.json", "utf8")) as Record<string, unknown>;
    const lookup = (key: string) => key.split(".").reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], en);
    const bank = getQuestionBank();
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const answers: Record<string, TAnswer> = {};
      for (let q = nextQuestion(bank, answers); q; q = nextQuestion(bank, answers)) {
        if (q.type === "choice") {
          const options = optionsFor(bank, q).filter((o) => !q.crisisValues?.includes(o.value));
          answers[q.id] = { kind: "choice", value: options[rand(options.length)]!.value };
        } else if (q.type === "scale") answers[q.id] = { kind: "scale", value: rand(11) };
        else if (q.type === "height") answers[q.id] = { kind: "height", cm: 140 + rand(60), entered: "metric" };
        else if (q.type === "weight") answers[q.id] = { kind: "weight", kg: 40 + rand(120), entered: "metric" };
        else answers[q.id] = { kind: "postcode", value: "" };
      }
      for (const [domain, r] of Object.entries(scoreAssessment(answers).domains)) {
        expect(typeof lookup(r.why.key), `${domain}: ${r.why.key}`).toBe("string");
        seen.add(r.why.key);
      }
    }
    expect(seen.size).toBeGreaterThan(30);
  });
});
