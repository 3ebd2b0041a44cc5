import { asc } from "drizzle-orm";
import type { Metadata } from "next";
import { BackLink, Button, Checkboxes, Details, ErrorSummary, TextInput, Textarea } from "@/components/ui";
import { laps } from "@/db/schema";
import { requirePagePermission } from "@/lib/authz/guard";
import { getDb } from "@/lib/db";
import { localeNames, locales, type TLocale } from "@/lib/i18n/config";
import { pickText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";
import { createConsultationAction } from "../../actions";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "engagement")("create.title") };
}

const errors = ["title-required", "fields-required", "date"];

export default async function NewConsultationPage({ params, searchParams }: TProps) {
  const locale = await resolveLocale(params);
  await requirePagePermission(locale, "engagement.consultations:manage", `/${locale}/engagement/consultations/new`);
  const { error } = await searchParams;
  const t = getT(locale, "engagement");
  const tc = getT(locale, "common");
  const lapRows = await (await getDb()).select({ code: laps.code, name: laps.name }).from(laps).orderBy(asc(laps.sortOrder));
  const code = error && errors.includes(error) ? error : null;
  const message = code ? t(`errors.${code}`) : null;
  const target = code === "date" ? "closesOn" : code === "title-required" ? "title_en" : "summary_en";
  const fields = (l: TLocale) => {
    const dir = l === "ur" ? "rtl" : "ltr";
    const lang = localeNames[l];
    return (
      <>
        <TextInput id={`title_${l}`} name={`title_${l}`} label={t("create.titleLabel", { language: lang })} maxLength={200} dir={dir} error={l === "en" && code === "title-required" ? message : undefined} errorPrefix={tc("errorPrefix")} />
        <Textarea id={`summary_${l}`} name={`summary_${l}`} label={t("create.summaryLabel", { language: lang })} rows={2} maxLength={600} dir={dir} error={l === "en" && code === "fields-required" ? message : undefined} errorPrefix={tc("errorPrefix")} />
        <Textarea id={`background_${l}`} name={`background_${l}`} label={t("create.backgroundLabel", { language: lang })} rows={4} maxLength={4000} dir={dir} />
        <TextInput id={`ideaPrompt_${l}`} name={`ideaPrompt_${l}`} label={t("create.ideaPromptLabel", { language: lang })} maxLength={300} dir={dir} />
      </>
    );
  };
  return (
    <>
      <BackLink href={`/${locale}/engagement`}>{tc("back")}</BackLink>
      {message ? <ErrorSummary title={tc("errorSummaryTitle")} errors={[{ href: `#${target}`, message }]} /> : null}
      <h1>{t("create.title")}</h1>
      <p>{t("create.translatedHint")}</p>
      <form action={createConsultationAction} className="max-w-2xl" noValidate>
        <input type="hidden" name="locale" value={locale} />
        {fields("en")}
        {locales
          .filter((l) => l !== "en")
          .map((l) => (
            <Details key={l} summary={t("create.languageSection", { language: localeNames[l] })}>
              {fields(l)}
            </Details>
          ))}
        <TextInput id="closesOn" name="closesOn" label={t("create.closesOn")} hint={t("create.closesOnHint")} widthClass="w-48" error={code === "date" ? message : undefined} errorPrefix={tc("errorPrefix")} />
        <Checkboxes name="laps" legend={t("create.targets")} hint={t("create.targetsHint")} small options={lapRows.map((l) => ({ value: l.code, label: `${l.code} ${pickText(l.name, locale)}` }))} />
        <Button>{t("create.submit")}</Button>
      </form>
    </>
  );
}
