import { Checkboxes, Radios, Textarea } from "@/components/ui";
import type { consultationQuestions } from "@/db/schema";
import type { TLocale } from "@/lib/i18n/config";
import { pickText } from "@/lib/i18n/format";

type TQuestion = typeof consultationQuestions.$inferSelect;

/**
 * The consultation's questions as plain form fields (they work without JavaScript). Questions with skip logic are
 * all shown, each saying which earlier answer it depends on; the server ignores answers to questions that do not apply.
 */
export function QuestionFields({ questions, locale, onlyIf, error, errorPrefix }: { questions: TQuestion[]; locale: TLocale; onlyIf: (answer: string) => string; error?: { questionId: string; message: string }; errorPrefix: string }) {
  return (
    <>
      {questions.map((q) => {
        const label = pickText(q.prompt, locale);
        const parent = q.showIf ? questions.find((p) => p.id === q.showIf!.questionId) : undefined;
        const parentOption = parent?.options.find((o) => o.value === q.showIf!.value);
        const hint = parentOption ? onlyIf(pickText(parentOption.label, locale)) : q.hint ? pickText(q.hint, locale) : undefined;
        const fieldError = error?.questionId === q.id ? error.message : undefined;
        const name = `q_${q.id}`;
        if (q.type === "idea") return <Textarea key={q.id} id={name} name={name} label={label} hint={hint} rows={6} maxLength={2000} dir="auto" error={fieldError} errorPrefix={errorPrefix} />;
        if (q.type === "single") return <Radios key={q.id} name={name} legend={label} hint={hint} options={q.options.map((o) => ({ value: o.value, label: pickText(o.label, locale) }))} />;
        if (q.type === "multiple") return <Checkboxes key={q.id} name={name} legend={label} hint={hint} options={q.options.map((o) => ({ value: o.value, label: pickText(o.label, locale) }))} />;
        return <Radios key={q.id} name={name} legend={label} hint={hint} inline options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))} />;
      })}
    </>
  );
}
