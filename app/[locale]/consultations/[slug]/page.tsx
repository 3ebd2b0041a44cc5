import { and, asc, eq } from "drizzle-orm";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EqualityFields, HoneypotField } from "@/components/engagement/equality-fields";
import { QuestionFields } from "@/components/engagement/question-fields";
import { YouSaidWeDidList } from "@/components/engagement/you-said-we-did";
import { BackLink, Button, ErrorSummary, InsetText, NotificationBanner, Tag, TextInput } from "@/components/ui";
import { ideas } from "@/db/schema";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getConsultation } from "@/lib/engagement/consultations";
import { listYouSaidWeDid } from "@/lib/engagement/publish-you-said-we-did";
import { existingDeviceKey } from "@/lib/engagement/request-keys";
import { supportCounts, supportedBy } from "@/lib/engagement/support-idea";
import { isLocale, localeNames } from "@/lib/i18n/config";
import { formatDate, formatNumber, pickText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";
import { submitIdeaAction, supportIdeaAction } from "./actions";

type TProps = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ error?: string; minutes?: string; supported?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const c = await getConsultation(await getDb(), { slug }, true);
  return { title: c ? pickText(c.title, locale) : getT(locale, "engagement")("public.title") };
}

const submitErrors = ["closed", "rate-limited", "duplicate", "postcode", "idea-required", "idea-too-long", "email"];

export default async function ConsultationPage({ params, searchParams }: TProps) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const query = await searchParams;
  const t = getT(locale, "engagement");
  const tc = getT(locale, "common");
  const db = await getDb();
  const c = await getConsultation(db, { slug }, true);
  if (!c) notFound();
  const user = await getCurrentUser();
  const published = await db.select({ id: ideas.id, text: ideas.text, language: ideas.language, createdAt: ideas.createdAt }).from(ideas).where(and(eq(ideas.consultationId, c.id), eq(ideas.state, "published"))).orderBy(asc(ideas.createdAt));
  const ids = published.map((i) => i.id);
  const supporterKey = user ? `user:${user.id}` : await existingDeviceKey();
  const [counts, mine, ysw] = await Promise.all([supportCounts(db, ids), supporterKey ? supportedBy(db, supporterKey, ids) : Promise.resolve(new Set<string>()), listYouSaidWeDid(db, [c.id])]);

  const isOpen = c.status === "open" && (!c.closesOn || c.closesOn > new Date());
  const errorCode = query.error && submitErrors.includes(query.error) ? query.error : null;
  const errorMessage = errorCode ? t(`errors.${errorCode}`, { minutes: Number(query.minutes) || 15 }) : null;
  const ideaQuestion = c.questions.find((q) => q.type === "idea");
  const errorField = errorCode === "postcode" ? "postcode" : errorCode === "email" ? "email" : ideaQuestion ? `q_${ideaQuestion.id}` : "take-part";
  const ideaError = errorCode && ["idea-required", "idea-too-long", "duplicate"].includes(errorCode) && ideaQuestion ? { questionId: ideaQuestion.id, message: errorMessage! } : undefined;

  return (
    <>
      <BackLink href={`/${locale}/consultations`}>{tc("back")}</BackLink>
      {errorMessage ? <ErrorSummary title={tc("errorSummaryTitle")} errors={[{ href: `#${errorField}`, message: errorMessage }]} /> : null}
      {query.supported ? (
        <NotificationBanner variant="success" title={t("public.supportedBanner")} role="status">
          <p>{t("public.supported")}</p>
        </NotificationBanner>
      ) : null}
      <h1>{pickText(c.title, locale)}</h1>
      <p className="text-xl">{pickText(c.summary, locale)}</p>
      <p>
        <Tag colour={c.status === "open" ? "green" : c.status === "responded" ? "blue" : "grey"}>{t(`status.${c.status}`)}</Tag>
        {c.status === "open" && c.closesOn ? <span className="ms-3">{t("public.closesOn", { date: formatDate(c.closesOn, locale) })}</span> : null}
      </p>
      <h2>{t("public.background")}</h2>
      <p>{pickText(c.background, locale)}</p>

      {ysw.length ? <YouSaidWeDidList items={ysw} locale={locale} t={t} headingLevel={2} /> : null}

      {isOpen ? (
        <section aria-labelledby="take-part">
          <h2 id="take-part" tabIndex={-1}>{t("public.takePart")}</h2>
          {user ? <InsetText>{t("public.signedInAs")}</InsetText> : null}
          <form action={submitIdeaAction} className="relative mb-10 max-w-2xl" noValidate>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="slug" value={c.slug} />
            <QuestionFields questions={c.questions} locale={locale} onlyIf={(answer) => t("public.onlyIf", { answer })} error={ideaError} errorPrefix={tc("errorPrefix")} />
            <TextInput id="postcode" name="postcode" label={t("public.postcode")} hint={t("public.postcodeHint")} autoComplete="postal-code" widthClass="w-40" maxLength={16} error={errorCode === "postcode" ? errorMessage : undefined} errorPrefix={tc("errorPrefix")} />
            <TextInput id="email" name="email" type="email" label={t("public.email")} hint={t("public.emailHint")} autoComplete="email" spellCheck={false} error={errorCode === "email" ? errorMessage : undefined} errorPrefix={tc("errorPrefix")} />
            <EqualityFields t={t} />
            <HoneypotField label={t("public.honeypot")} />
            <Button>{t("public.submit")}</Button>
          </form>
        </section>
      ) : (
        <InsetText>{t("public.closedMessage")}</InsetText>
      )}

      <h2>{t("public.ideasSoFar")}</h2>
      {published.length ? (
        <ul className="list-none space-y-4 ps-0">
          {published.map((i) => (
            <li key={i.id} id={`idea-${i.id}`} className="border-s-4 border-nhs-grey-4 bg-nhs-grey-5 p-4">
              <p dir="auto" lang={i.language}>{i.text}</p>
              <p className="text-nhs-secondary-text">
                {isLocale(i.language) ? t("public.originalLanguage", { language: localeNames[i.language] }) : null} · {formatDate(i.createdAt, locale)} · {t("public.supporters", { count: formatNumber(counts.get(i.id) ?? 0, locale) })}
              </p>
              {mine.has(i.id) ? (
                <p className="mb-0 font-semibold">{t("public.supported")}</p>
              ) : (
                <form action={supportIdeaAction}>
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="slug" value={c.slug} />
                  <input type="hidden" name="ideaId" value={i.id} />
                  <Button variant="secondary">{t("public.support")}</Button>
                </form>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("public.noIdeas")}</p>
      )}
    </>
  );
}
