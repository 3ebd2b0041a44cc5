import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { EasyReadIcon } from "@/components/assessment/easy-read-icon";
import { BackLink, Button, ErrorSummary, Fieldset, ProgressIndicator, Radios, TextInput } from "@/components/ui";
import { currentResumeCode, getCurrentAssessment, readFlash } from "@/lib/assessment/current";
import { applicableQuestions, getQuestion, getQuestionBank, missingQuestions, optionsFor, type TAnswer } from "@/lib/assessment/question-bank";
import { formatResumeCode } from "@/lib/assessment/resume-code";
import { loadAnswers } from "@/lib/assessment/store";
import { getDb } from "@/lib/db";
import { pickText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";
import { answerAction, easyReadAction } from "../../actions";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ locale: string; questionId: string }>; searchParams: Promise<{ returnTo?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { questionId } = await params;
  const q = getQuestion(getQuestionBank(), questionId);
  return { title: q ? pickText(q.text, locale) : getT(locale, "assessment")("title") };
}

const numberField = (answer: TAnswer | undefined, key: string): string => {
  if (answer?.kind === "height" && answer.entered === "metric" && key === "cm") return String(answer.cm);
  if (answer?.kind === "height" && answer.entered === "imperial") {
    const totalIn = Math.round(answer.cm / 2.54);
    if (key === "feet") return String(Math.floor(totalIn / 12));
    if (key === "inches") return String(totalIn % 12);
  }
  if (answer?.kind === "weight" && answer.entered === "metric" && key === "kg") return String(answer.kg);
  if (answer?.kind === "weight" && answer.entered === "imperial") {
    const totalLb = Math.round(answer.kg / 0.45359237);
    if (key === "stones") return String(Math.floor(totalLb / 14));
    if (key === "pounds") return String(totalLb % 14);
  }
  return "";
};

export default async function QuestionPage({ params, searchParams }: TProps) {
  const locale = await resolveLocale(params);
  const { questionId } = await params;
  const { returnTo } = await searchParams;
  const current = await getCurrentAssessment();
  if (!current) redirect(`/${locale}/assessment`);
  if (current.status === "completed") redirect(`/${locale}/assessment/results`);
  const bank = getQuestionBank(current.bankVersion);
  const question = getQuestion(bank, questionId);
  if (!question) notFound();
  // After a crisis answer only that question stays open, so a resident who chose the wrong option can correct it.
  if (current.status === "crisis" && current.crisisQuestion !== question.id) redirect(`/${locale}/assessment/urgent`);
  const answers = await loadAnswers(await getDb(), current.id);
  const path = applicableQuestions(bank, answers);
  const index = path.findIndex((q) => q.id === question.id);
  const firstMissing = missingQuestions(bank, answers)[0];
  const firstMissingIndex = firstMissing ? path.findIndex((q) => q.id === firstMissing.id) : path.length;
  // Not on this resident's path, or beyond the first unanswered question: no skipping ahead by URL.
  if (index < 0 || index > firstMissingIndex) redirect(firstMissing ? `/${locale}/assessment/q/${firstMissing.id}` : `/${locale}/assessment/check`);

  const t = getT(locale, "assessment");
  const tc = getT(locale, "common");
  const flash = await readFlash(question.id);
  const code = await currentResumeCode();
  const easy = current.easyRead;
  const error = flash ? t(flash.error.replace(/^assessment:/, "")) : undefined;
  const saved = answers[question.id];
  const value = (key: string) => flash?.values[key] ?? numberField(saved, key);
  const back = returnTo === "check" ? `/${locale}/assessment/check` : index > 0 ? `/${locale}/assessment/q/${path[index - 1]!.id}` : `/${locale}/assessment`;
  const selfHref = `/${locale}/assessment/q/${question.id}${returnTo === "check" ? "?returnTo=check" : ""}`;

  // Easy Read is written in English, so it is marked up as English inside a page in another language.
  const heading = easy ? (
    <span lang="en" dir="ltr" className="flex items-center gap-4">
      <EasyReadIcon name={question.easyRead.icon} />
      <span>{question.easyRead.text}</span>
    </span>
  ) : (
    pickText(question.text, locale)
  );
  const hintText = easy ? question.easyRead.hint : question.hint ? pickText(question.hint, locale) : undefined;
  const hint = hintText ? <span lang={easy ? "en" : undefined}>{hintText}</span> : undefined;
  const errorHref = `#${flash?.field === "answer" ? "answer" : (flash?.field ?? "answer")}`;

  let field: React.ReactNode;
  if (question.type === "choice" || question.type === "scale") {
    const options =
      question.type === "choice"
        ? optionsFor(bank, question).map((o) => ({ value: o.value, label: easy ? <span lang="en">{o.easyRead ?? o.label.en}</span> : pickText(o.label, locale) }))
        : Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) }));
    const selected = saved?.kind === "choice" ? saved.value : saved?.kind === "scale" ? String(saved.value) : undefined;
    field = (
      <Radios
        name="answer"
        legend={heading}
        legendAsHeading
        hint={hint ?? (question.type === "scale" ? `${t("question.scaleMin")}. ${t("question.scaleMax")}.` : undefined)}
        error={error}
        errorPrefix={tc("errorPrefix")}
        options={options}
        defaultValue={selected}
        inline={question.type === "scale"}
      />
    );
  } else if (question.type === "postcode") {
    const saved = answers[question.id];
    field = (
      <TextInput
        id="postcode"
        name="postcode"
        label={heading}
        labelAsHeading
        hint={hint}
        error={error}
        errorPrefix={tc("errorPrefix")}
        autoComplete="postal-code"
        widthClass="w-[10ch]"
        maxLength={10}
        dir="ltr"
        defaultValue={flash?.values.postcode ?? (saved?.kind === "postcode" ? saved.value : "")}
      />
    );
  } else {
    const [a, b, c] = question.type === "height" ? (["cm", "feet", "inches"] as const) : (["kg", "stones", "pounds"] as const);
    const labels = question.type === "height" ? [t("question.centimetres"), t("question.feet"), t("question.inches")] : [t("question.kilograms"), t("question.stones"), t("question.pounds")];
    field = (
      <Fieldset legend={heading} legendAsHeading describedBy={hint ? "measure-hint" : undefined}>
        {hint ? (
          <p id="measure-hint" className="text-nhs-secondary-text">
            {hint}
          </p>
        ) : null}
        <TextInput id={a} name={a} label={labels[0]} inputMode="decimal" widthClass="w-[8ch]" maxLength={6} dir="ltr" defaultValue={value(a)} error={flash?.field === a ? error : undefined} errorPrefix={tc("errorPrefix")} />
        <p className="font-semibold">{t("question.imperial")}</p>
        <div className="flex flex-wrap gap-4">
          <TextInput id={b} name={b} label={labels[1]} inputMode="decimal" widthClass="w-[6ch]" maxLength={5} dir="ltr" defaultValue={value(b)} error={flash?.field === b ? error : undefined} errorPrefix={tc("errorPrefix")} />
          <TextInput id={c} name={c} label={labels[2]} inputMode="decimal" widthClass="w-[6ch]" maxLength={5} dir="ltr" defaultValue={value(c)} />
        </div>
      </Fieldset>
    );
  }

  return (
    <>
      <BackLink href={back}>{tc("back")}</BackLink>
      {error ? <ErrorSummary title={tc("errorSummaryTitle")} errors={[{ href: errorHref, message: error }]} /> : null}
      <ProgressIndicator label={t("question.progress", { current: index + 1, total: path.length })} current={index + 1} total={path.length} />
      <p className="text-nhs-secondary-text">{t("question.section", { section: t(`section.${question.domain}`) })}</p>
      <form action={answerAction} className="max-w-2xl">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="questionId" value={question.id} />
        {returnTo === "check" ? <input type="hidden" name="returnTo" value="check" /> : null}
        {field}
        <Button>{tc("continue")}</Button>
      </form>
      <form action={easyReadAction} className="mt-4">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="back" value={selfHref} />
        <input type="hidden" name="easyRead" value={easy ? "0" : "1"} />
        <Button variant="secondary">{easy ? t("question.easyReadOff") : t("question.easyReadOn")}</Button>
      </form>
      {code ? <p className="mt-6 text-nhs-secondary-text">{t("question.resumeCode", { code: formatResumeCode(code) })}</p> : null}
    </>
  );
}
