import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EqualityFields } from "@/components/engagement/equality-fields";
import { QuestionFields } from "@/components/engagement/question-fields";
import { YouSaidWeDidList } from "@/components/engagement/you-said-we-did";
import { BackLink, Button, Checkboxes, Details, ErrorSummary, NotificationBanner, Radios, Select, Tag, Textarea, TextInput } from "@/components/ui";
import { requirePagePermission } from "@/lib/authz/guard";
import { getDb } from "@/lib/db";
import { getConsultation } from "@/lib/engagement/consultations";
import { listYouSaidWeDid } from "@/lib/engagement/publish-you-said-we-did";
import { listIdeasForTheming } from "@/lib/engagement/theme-ideas";
import { localeNames, locales, type TLocale } from "@/lib/i18n/config";
import { pickText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";
import { bulkThemeAction, changeStatusAction, enterResponseAction, publishYswAction, themeIdeaAction, translateIdeaAction } from "../../actions";

type TProps = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "engagement")("console.title") };
}

const banners = { created: "create.created", opened: "manage.opened", closed: "manage.closed", themed: "manage.confirmed", published: "manage.yswPublished", entered: "manage.entered", translated: "manage.translationSaved" } as const;
const knownErrors = ["not-done", "text-required", "closed", "duplicate", "postcode", "idea-required", "idea-too-long", "email"];

export default async function ManageConsultationPage({ params, searchParams }: TProps) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/.test(id)) notFound();
  await requirePagePermission(locale, "engagement.consultations:manage", `/${locale}/engagement/consultations/${id}`);
  const query = await searchParams;
  const t = getT(locale, "engagement");
  const tc = getT(locale, "common");
  const db = await getDb();
  const c = await getConsultation(db, { id }, false);
  if (!c) notFound();
  const [{ themes, ideas }, ysw] = await Promise.all([listIdeasForTheming(db, c.id), listYouSaidWeDid(db, [c.id])]);
  const themeName = (slug: string) => pickText(themes.find((x) => x.slug === slug)?.name ?? { en: slug }, locale);
  const banner = (Object.keys(banners) as (keyof typeof banners)[]).find((k) => query[k]);
  const error = query.error && knownErrors.includes(query.error) ? t(`errors.${query.error}`) : null;
  const i18nField = (prefix: string, labelKey: string, l: TLocale) => (
    <Textarea key={`${prefix}_${l}`} id={`${prefix}_${l}`} name={`${prefix}_${l}`} label={t(labelKey, { language: localeNames[l] })} rows={3} dir={l === "ur" ? "rtl" : "ltr"} />
  );

  return (
    <>
      <BackLink href={`/${locale}/engagement`}>{tc("back")}</BackLink>
      {error ? <ErrorSummary title={tc("errorSummaryTitle")} errors={[{ href: "#main-heading", message: error }]} /> : null}
      {banner ? (
        <NotificationBanner variant="success" title={t(banners[banner])} role="status">
          <p>{pickText(c.title, locale)}</p>
        </NotificationBanner>
      ) : null}
      <h1 id="main-heading">{pickText(c.title, locale)}</h1>
      <p>
        <Tag colour={c.status === "open" ? "green" : c.status === "draft" ? "yellow" : "grey"}>{t(`status.${c.status}`)}</Tag>
        {c.status !== "draft" ? <a className="ms-4" href={`/${locale}/consultations/${c.slug}`}>{t("manage.viewPublic")}</a> : null}
      </p>
      {c.status === "draft" || c.status === "open" ? (
        <form action={changeStatusAction} className="mb-8">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="id" value={c.id} />
          <input type="hidden" name="action" value={c.status === "draft" ? "open" : "close"} />
          <Button variant={c.status === "draft" ? "primary" : "warning"}>{c.status === "draft" ? t("manage.open") : t("manage.close")}</Button>
        </form>
      ) : null}

      <h2>{t("manage.ideas", { count: ideas.length })}</h2>
      <p>{t("manage.assignedBy")}</p>
      {ideas.length === 0 ? <p>{t("manage.noIdeas")}</p> : null}
      <ol className="list-none space-y-6 ps-0">
        {ideas.map((idea, index) => {
          const current = idea.themes.map((x) => x.slug);
          const newSuggestions = idea.suggestions.filter((s) => !current.includes(s));
          return (
            <li key={idea.id} id={`idea-${idea.id}`} className="border-s-4 border-nhs-grey-4 bg-nhs-grey-5 p-4">
              <h3 className="mt-0">{t("manage.ideaNumber", { number: index + 1 })} <Tag colour={idea.state === "published" ? "green" : idea.state === "held" ? "orange" : "grey"}>{t(`manage.state.${idea.state}`)}</Tag></h3>
              <p dir="auto" lang={idea.language}>{idea.text}</p>
              {idea.translation?.en && idea.language !== "en" ? <p lang="en" className="text-nhs-secondary-text">{idea.translation.en}</p> : null}
              {idea.language !== "en" ? (
                <Details summary={t("manage.translationLabel")}>
                  <form action={translateIdeaAction}>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="consultationId" value={c.id} />
                    <input type="hidden" name="ideaId" value={idea.id} />
                    <Textarea id={`translation-${idea.id}`} name="translation" label={t("manage.translationLabel")} rows={3} defaultValue={idea.translation?.en ?? ""} />
                    <Button variant="secondary">{t("manage.saveTranslation")}</Button>
                  </form>
                </Details>
              ) : null}
              <form action={themeIdeaAction}>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="consultationId" value={c.id} />
                <input type="hidden" name="ideaId" value={idea.id} />
                <input type="hidden" name="suggested" value={newSuggestions.join(",")} />
                <input type="hidden" name="current" value={current.join(",")} />
                <Checkboxes
                  name="themes"
                  idPrefix={`themes-${idea.id}`}
                  legend={t("manage.themesFor", { number: index + 1 })}
                  small
                  defaultValues={[...current, ...newSuggestions]}
                  options={themes.map((th) => {
                    const link = idea.themes.find((x) => x.slug === th.slug);
                    const isSuggested = newSuggestions.includes(th.slug) || link?.suggested;
                    return { value: th.slug, label: `${pickText(th.name, locale)}${isSuggested ? ` (${t("manage.suggested")})` : ""}` };
                  })}
                />
                <Button variant="secondary">
                  {t("manage.saveThemes")}
                  <span className="sr-only"> {t("manage.ideaNumber", { number: index + 1 })}</span>
                </Button>
              </form>
            </li>
          );
        })}
      </ol>

      {ideas.length > 1 ? (
        <section id="bulk" aria-labelledby="bulk-h">
          <h2 id="bulk-h">{t("manage.bulkTitle")}</h2>
          <form action={bulkThemeAction}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="consultationId" value={c.id} />
            <Checkboxes name="ideas" idPrefix="bulk-ideas" legend={t("manage.bulkIdeas")} small options={ideas.map((idea, i) => ({ value: idea.id, label: `${t("manage.ideaNumber", { number: i + 1 })}: ${idea.text.slice(0, 80)}` }))} />
            <Select id="bulk-theme" name="theme" label={t("manage.bulkTheme")} options={themes.map((th) => ({ value: th.slug, label: pickText(th.name, locale) }))} />
            <Button variant="secondary">{t("manage.bulkApply")}</Button>
          </form>
        </section>
      ) : null}

      {ysw.length ? <YouSaidWeDidList items={ysw} locale={locale} t={t} headingLevel={2} /> : null}
      {c.status !== "draft" ? (
        <section id="ysw" aria-labelledby="ysw-h">
          <h2 id="ysw-h">{t("manage.yswTitle")}</h2>
          <p>{t("manage.yswLead")}</p>
          <form action={publishYswAction} className="max-w-2xl">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="consultationId" value={c.id} />
            <Select id="ysw-theme" name="theme" label={t("manage.yswTheme")} options={[{ value: "", label: t("public.wholeConsultation") }, ...themes.map((th) => ({ value: th.slug, label: themeName(th.slug) }))]} />
            {i18nField("youSaid", "manage.youSaidLabel", "en")}
            {i18nField("weDid", "manage.weDidLabel", "en")}
            {locales
              .filter((l) => l !== "en")
              .map((l) => (
                <Details key={l} summary={t("create.languageSection", { language: localeNames[l] })}>
                  {i18nField("youSaid", "manage.youSaidLabel", l)}
                  {i18nField("weDid", "manage.weDidLabel", l)}
                </Details>
              ))}
            <Button>{t("manage.yswSubmit")}</Button>
          </form>
          <p>
            {t("manage.openData")}: <a href={`/api/consultations/${c.slug}/open-data?format=csv`}>{t("manage.csv")}</a>, <a href={`/api/consultations/${c.slug}/open-data?format=json`}>{t("manage.json")}</a>
          </p>
        </section>
      ) : null}

      {c.status === "open" ? (
        <section id="enter" aria-labelledby="enter-h">
          <h2 id="enter-h">{t("manage.enterTitle")}</h2>
          <p>{t("manage.enterLead")}</p>
          <form action={enterResponseAction} className="max-w-2xl">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="consultationId" value={c.id} />
            <Radios name="channel" idPrefix="enter-channel" legend={t("manage.channel")} small defaultValue="paper" options={(["paper", "event", "staff"] as const).map((ch) => ({ value: ch, label: t(`manage.channels.${ch}`) }))} />
            <Select id="enter-language" name="language" label={t("manage.ideaLanguage")} defaultValue="en" options={locales.map((l) => ({ value: l, label: localeNames[l] }))} />
            <QuestionFields questions={c.questions} locale={locale} onlyIf={(answer) => t("public.onlyIf", { answer })} errorPrefix={tc("errorPrefix")} />
            <TextInput id="enter-postcode" name="postcode" label={t("public.postcode")} widthClass="w-40" maxLength={16} />
            <TextInput id="enter-email" name="email" type="email" label={t("public.email")} spellCheck={false} />
            <EqualityFields t={t} />
            <Button>{t("manage.enterSubmit")}</Button>
          </form>
        </section>
      ) : null}
    </>
  );
}
