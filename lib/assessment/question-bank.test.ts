import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/config";
import { applicableQuestions, crisisAnswer, getQuestionBank, nextQuestion, parseQuestionBank, type TAnswers } from "./question-bank";
import questions from "@/seeds/assessment/v1/questions.json";
import options from "@/seeds/assessment/v1/options.json";

const bank = getQuestionBank();

describe("question bank v1", () => {
  it("has every question, hint and option in all eight languages and an Easy Read version", () => {
    for (const q of bank.questions) {
      for (const l of locales) expect(q.text[l], `${q.id}.text.${l}`).toBeTruthy();
      expect(q.easyRead.text.split(/[.?!]/).filter((s) => s.trim()).every((s) => s.trim().split(/\s+/).length <= 15), `${q.id}: Easy Read sentences stay short`).toBe(true);
    }
    expect(bank.questions.length).toBeGreaterThan(40);
  });

  it("does not leave translations in English", () => {
    for (const q of bank.questions) for (const l of locales.filter((x) => x !== "en")) expect(q.text[l], `${q.id}.${l}`).not.toBe(q.text.en);
  });

  it("covers each wellbeing service domain plus activity, carer, safety and about you", () => {
    const domains = new Set(bank.questions.map((q) => q.domain));
    for (const d of ["smoking", "alcohol", "weight", "emotional", "social", "housing", "money", "employment", "activity", "carer", "safety", "about"]) expect(domains.has(d as never), d).toBe(true);
  });

  it("rejects a bank whose skip logic points forwards", () => {
    const broken = { ...questions, questions: [{ ...questions.questions[1], showIf: { answer: "smoking_status", in: ["smoker"] } }, questions.questions[0]] };
    expect(() => parseQuestionBank(broken, options)).toThrow(/does not come before/);
  });

  it("never shows smoking questions to a non-smoker", () => {
    const ids = applicableQuestions(bank, { smoking_status: { kind: "choice", value: "never" } }).map((q) => q.id);
    expect(ids).not.toContain("smoking_per_day");
    expect(ids).not.toContain("smoking_time_to_first");
    expect(applicableQuestions(bank, { smoking_status: { kind: "choice", value: "smoker" } }).map((q) => q.id)).toContain("smoking_per_day");
  });

  it("moves on to the first unanswered question", () => {
    const answers: TAnswers = { smoking_status: { kind: "choice", value: "never" } };
    expect(nextQuestion(bank, answers)?.id).toBe("audit_1");
  });

  it("spots a crisis answer", () => {
    expect(crisisAnswer(bank, { safety_danger: { kind: "choice", value: "yes" } })?.id).toBe("safety_danger");
    expect(crisisAnswer(bank, { safety_danger: { kind: "choice", value: "no" } })).toBeNull();
  });
});
