import type { TAnswerValue } from "./skip-logic";

type TQuestionLike = { id: string; type: "idea" | "single" | "multiple" | "rating" };

/** Reads `q_<questionId>` fields from a posted form: several values for multiple choice, one otherwise. */
export function readAnswers(form: FormData, questions: TQuestionLike[]): Record<string, TAnswerValue | undefined> {
  const out: Record<string, TAnswerValue | undefined> = {};
  for (const q of questions) {
    const name = `q_${q.id}`;
    if (q.type === "multiple") out[q.id] = form.getAll(name).map(String).slice(0, 50);
    else {
      const v = form.get(name);
      if (v !== null) out[q.id] = String(v).slice(0, 4000);
    }
  }
  return out;
}
