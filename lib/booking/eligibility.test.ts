import { describe, expect, it } from "vitest";
import { bmiOf, checkEligibility } from "./eligibility";

describe("BMI", () => {
  it.each([
    [170, 87, 30.1],
    [180, 89, 27.5],
    [160, 70, 27.3],
    [null, 80, null],
    [170, null, null],
    [17, 80, null], // height typed in metres: not believable, so ask again
  ])("height %s cm, weight %s kg → %s", (h, w, bmi) => expect(bmiOf(h, w)).toBe(bmi));
});

describe("weight management eligibility (NICE thresholds)", () => {
  const adult = { ageYears: 40, heightCm: 170, hasDiabetesOrHypertension: false };
  it.each([
    ["BMI 30.1, white background", { ...adult, weightKg: 87, ethnicGroup: "white" }, "eligible"],
    ["BMI 28.7, white background: below 30", { ...adult, weightKg: 83, ethnicGroup: "white" }, "not-eligible"],
    ["BMI 28.7, South Asian background: 27.5 applies", { ...adult, weightKg: 83, ethnicGroup: "asian" }, "eligible"],
    ["BMI 28.7, Black background: 27.5 applies", { ...adult, weightKg: 83, ethnicGroup: "black" }, "eligible"],
    ["BMI 28.7, background not said: 30 applies", { ...adult, weightKg: 83, ethnicGroup: "not_said" }, "not-eligible"],
    ["BMI 27.3, Asian background: below 27.5", { ...adult, weightKg: 79, ethnicGroup: "asian" }, "not-eligible"],
    ["17 years old with BMI 35", { ...adult, ageYears: 17, weightKg: 101, ethnicGroup: "white" }, "not-eligible"],
    ["exactly 18 with BMI exactly 30", { ...adult, ageYears: 18, heightCm: 200, weightKg: 120, ethnicGroup: "white" }, "eligible"],
  ] as const)("%s → %s", (_, answers, status) => {
    expect(checkEligibility("weight-management", answers).status).toBe(status);
  });

  it("says which answers are missing rather than guessing", () => {
    expect(checkEligibility("weight-management", { ageYears: 40 })).toEqual({ status: "needs-answers", missing: ["heightCm", "weightKg", "ethnicGroup"] });
  });

  it("explains a BMI below the threshold with the figures", () => {
    const result = checkEligibility("weight-management", { ...adult, weightKg: 83, ethnicGroup: "white" });
    expect(result).toMatchObject({ status: "not-eligible", bmi: 28.7, reasons: [{ key: "bmiBelow", values: { bmi: 28.7, threshold: 30 } }] });
  });

  it("gives every reason at once (too young and BMI too low)", () => {
    const result = checkEligibility("weight-management", { ...adult, ageYears: 16, weightKg: 60, ethnicGroup: "white" });
    expect(result.status === "not-eligible" && result.reasons.map((r) => r.key)).toEqual(["under18", "bmiBelow"]);
  });

  it("suggests the GP-referred NHS Digital Weight Management Programme for diabetes or high blood pressure", () => {
    const result = checkEligibility("weight-management", { ...adult, weightKg: 95, ethnicGroup: "white", hasDiabetesOrHypertension: true });
    expect(result).toMatchObject({ status: "eligible", gpReferralSuggested: true });
  });
});

describe("stop smoking eligibility", () => {
  it.each([
    [{ smokes: true }, "eligible", false],
    [{ smokes: true, pregnant: true }, "eligible", true],
    [{ smokes: false }, "not-eligible", false],
  ] as const)("%o → %s, prioritised %s", (answers, status, prioritised) => {
    const result = checkEligibility("stop-smoking", answers);
    expect(result.status).toBe(status);
    if (result.status === "eligible") expect(result.prioritised).toBe(prioritised);
  });

  it("asks whether the person smokes when it does not know", () => {
    expect(checkEligibility("stop-smoking", {})).toEqual({ status: "needs-answers", missing: ["smokes"] });
  });
});
