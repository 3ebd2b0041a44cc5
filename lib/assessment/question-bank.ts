import { z } from "zod";
import { locales } from "@/lib/i18n/config";
import optionsV1 from "@/seeds/assessment/v1/options.json";
import questionsV1 from "@/seeds/assessment/v1/questions.json";

/**
 * The question bank is data (seeds/assessment/<version>/), not code: wording, options, hints, Easy Read text and
 * skip logic live in JSON so they can be reviewed and translated without touching the scoring rules. This module
 * checks the JSON's shape once and answers "which questions apply, given the answers so far?".
 */

const ZAllLocales = z.object(Object.fromEntries(locales.map((l) => [l, z.string().trim().min(1)])) as Record<(typeof locales)[number], z.ZodString>);

export const easyReadIcons = ["smoking", "drink", "weight", "mind", "safety", "people", "home", "money", "work", "activity", "carer", "person", "location"] as const;

const ZOption = z.object({
  value: z.string().regex(/^[a-z0-9_]+$/),
  score: z.number().int().min(0).optional(),
  label: ZAllLocales,
  easyRead: z.string().min(1).optional(),
});

const ZShowIf = z.union([
  z.object({ answer: z.string(), in: z.array(z.string()).min(1) }).strict(),
  z.object({ answer: z.string(), notIn: z.array(z.string()).min(1) }).strict(),
  z.object({ sumOf: z.array(z.string()).min(1), gte: z.number() }).strict(),
]);

export const questionTypes = ["choice", "scale", "height", "weight", "postcode"] as const;
export const domains = ["smoking", "alcohol", "weight", "emotional", "safety", "social", "housing", "money", "employment", "activity", "carer", "about"] as const;
export type TDomain = (typeof domains)[number];

const ZQuestion = z
  .object({
    id: z.string().regex(/^[a-z0-9_]+$/),
    domain: z.enum(domains),
    type: z.enum(questionTypes),
    options: z.string().optional(),
    showIf: ZShowIf.optional(),
    optional: z.boolean().optional(),
    crisisValues: z.array(z.string()).optional(),
    text: ZAllLocales,
    hint: ZAllLocales.optional(),
    easyRead: z.object({ text: z.string().min(1), hint: z.string().min(1).optional(), icon: z.enum(easyReadIcons) }).strict(),
  })
  .strict()
  .refine((q) => (q.type === "choice") === !!q.options, { message: "choice questions, and only they, name an option set" });

const ZBank = z.object({
  version: z.string(),
  domains: z.array(z.enum(domains)),
  questions: z.array(ZQuestion).min(1),
});

export type TOption = z.infer<typeof ZOption>;
export type TQuestion = z.infer<typeof ZQuestion>;
export type TShowIf = z.infer<typeof ZShowIf>;
export type TQuestionBank = z.infer<typeof ZBank> & { optionSets: Record<string, TOption[]> };

/** A stored answer: an option value, a 0–10 rating, a measurement in metric units, or a postcode ("" when skipped). */
export type TAnswer =
  | { kind: "choice"; value: string }
  | { kind: "scale"; value: number }
  | { kind: "height"; cm: number; entered: "metric" | "imperial" }
  | { kind: "weight"; kg: number; entered: "metric" | "imperial" }
  | { kind: "postcode"; value: string };
export type TAnswers = Readonly<Record<string, TAnswer>>;

export function parseQuestionBank(raw: unknown, rawOptions: unknown): TQuestionBank {
  const bank = ZBank.parse(raw);
  const optionSets = z.record(z.string(), z.array(ZOption).min(2)).parse(rawOptions);
  const ids = new Set<string>();
  for (const q of bank.questions) {
    if (ids.has(q.id)) throw new Error(`Duplicate question id ${q.id}`);
    ids.add(q.id);
    if (q.options && !optionSets[q.options]) throw new Error(`Question ${q.id} names unknown option set ${q.options}`);
    const refs = q.showIf ? ("sumOf" in q.showIf ? q.showIf.sumOf : [q.showIf.answer]) : [];
    // Skip logic may only look backwards, so the path through the questions is always well defined.
    for (const ref of refs) if (!ids.has(ref) || ref === q.id) throw new Error(`Question ${q.id} depends on ${ref}, which does not come before it`);
    for (const v of q.crisisValues ?? []) if (!optionSets[q.options ?? ""]?.some((o) => o.value === v)) throw new Error(`Question ${q.id} has unknown crisis value ${v}`);
  }
  return { ...bank, optionSets };
}

let v1: TQuestionBank | undefined;
export const CURRENT_BANK_VERSION = "v1";

export function getQuestionBank(version: string = CURRENT_BANK_VERSION): TQuestionBank {
  if (version !== "v1") throw new Error(`Unknown question bank version ${version}`);
  v1 ??= parseQuestionBank(questionsV1, optionsV1);
  return v1;
}

export function getQuestion(bank: TQuestionBank, id: string): TQuestion | undefined {
  return bank.questions.find((q) => q.id === id);
}

export function optionsFor(bank: TQuestionBank, question: TQuestion): TOption[] {
  return question.options ? (bank.optionSets[question.options] ?? []) : [];
}

/** The option's score (AUDIT, HSI, PHQ, UCLA items), or 0 when unanswered or unscored. */
export function optionScore(bank: TQuestionBank, answers: TAnswers, questionId: string): number {
  const answer = answers[questionId];
  const question = getQuestion(bank, questionId);
  if (!answer || answer.kind !== "choice" || !question) return 0;
  return optionsFor(bank, question).find((o) => o.value === answer.value)?.score ?? 0;
}

export function choiceValue(answers: TAnswers, questionId: string): string | undefined {
  const a = answers[questionId];
  return a?.kind === "choice" ? a.value : undefined;
}

function isShown(bank: TQuestionBank, q: TQuestion, answers: TAnswers): boolean {
  const rule = q.showIf;
  if (!rule) return true;
  if ("sumOf" in rule) return rule.sumOf.reduce((sum, id) => sum + optionScore(bank, answers, id), 0) >= rule.gte;
  const value = choiceValue(answers, rule.answer);
  if (value === undefined) return false;
  return "in" in rule ? rule.in.includes(value) : !rule.notIn.includes(value);
}

/** The questions this resident is asked, in order, given their answers so far (skip logic). */
export function applicableQuestions(bank: TQuestionBank, answers: TAnswers): TQuestion[] {
  // Conditions are evaluated against answers on the path only, so a stale answer to a question that is now
  // hidden (say, cigarettes per day after changing to "never smoked") cannot switch anything on.
  const onPath: Record<string, TAnswer> = {};
  const shown: TQuestion[] = [];
  for (const q of bank.questions) {
    if (!isShown(bank, q, onPath)) continue;
    shown.push(q);
    if (answers[q.id]) onPath[q.id] = answers[q.id]!;
  }
  return shown;
}

/** Does a stored answer fit its question (the right kind, a known option)? Guards against tampered or stale data. */
export function isValidAnswer(bank: TQuestionBank, q: TQuestion, answer: TAnswer | undefined): boolean {
  if (!answer) return false;
  switch (q.type) {
    case "choice":
      return answer.kind === "choice" && optionsFor(bank, q).some((o) => o.value === answer.value);
    case "scale":
      return answer.kind === "scale" && Number.isInteger(answer.value) && answer.value >= 0 && answer.value <= 10;
    case "height":
      return answer.kind === "height" && answer.cm >= HEIGHT_CM.min && answer.cm <= HEIGHT_CM.max;
    case "weight":
      return answer.kind === "weight" && answer.kg >= WEIGHT_KG.min && answer.kg <= WEIGHT_KG.max;
    case "postcode":
      return answer.kind === "postcode";
  }
}

/** Plausible adult ranges; outside them the form asks again rather than storing a typo. */
export const HEIGHT_CM = { min: 100, max: 250 } as const;
export const WEIGHT_KG = { min: 25, max: 350 } as const;

/** Applicable questions without a valid answer, in order. Optional questions count once answered or skipped (""). */
export function missingQuestions(bank: TQuestionBank, answers: TAnswers): TQuestion[] {
  return applicableQuestions(bank, answers).filter((q) => !isValidAnswer(bank, q, answers[q.id]));
}

/** The first question still to answer, or null when the path is complete. */
export function nextQuestion(bank: TQuestionBank, answers: TAnswers): TQuestion | null {
  return missingQuestions(bank, answers)[0] ?? null;
}

/** The crisis question answered with a crisis value, if any: it stops the flow at once. */
export function crisisAnswer(bank: TQuestionBank, answers: TAnswers): TQuestion | null {
  return bank.questions.find((q) => q.crisisValues?.length && q.crisisValues.includes(choiceValue(answers, q.id) ?? "")) ?? null;
}

/** Only answers on the current path count: a changed answer can hide questions whose old answers must be ignored. */
export function answersOnPath(bank: TQuestionBank, answers: TAnswers): Record<string, TAnswer> {
  const out: Record<string, TAnswer> = {};
  for (const q of applicableQuestions(bank, answers)) if (answers[q.id]) out[q.id] = answers[q.id]!;
  return out;
}
