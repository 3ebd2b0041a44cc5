/** Skip logic: a question with `showIf` is asked only when the earlier answer includes that value. */
export type TAnswerValue = string | string[] | number;
type TQuestionLike = { id: string; showIf: { questionId: string; value: string } | null };

const includesValue = (answer: TAnswerValue | undefined, value: string) =>
  Array.isArray(answer) ? answer.includes(value) : answer !== undefined && String(answer) === value;

/** Questions to ask (and to accept answers for), given the answers so far. Hidden questions' answers are dropped. */
export function visibleQuestions<Q extends TQuestionLike>(questions: Q[], answers: Record<string, TAnswerValue | undefined>): Q[] {
  const shown = new Set<string>();
  const out: Q[] = [];
  for (const q of questions) {
    if (q.showIf && (!shown.has(q.showIf.questionId) || !includesValue(answers[q.showIf.questionId], q.showIf.value))) continue;
    shown.add(q.id);
    out.push(q);
  }
  return out;
}
