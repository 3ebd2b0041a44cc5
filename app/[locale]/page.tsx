import { UrgentHelpCard } from "@/components/layout/urgent-help-card";
import { ButtonLink, InsetText } from "@/components/ui";
import { pickText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";
import { listWellbeingServices } from "@/lib/services/list-services";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const t = getT(locale, "home");
  const services = await listWellbeingServices();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="text-xl">{t("lead")}</p>

      <h2>{t("actions.heading")}</h2>
      <ul className="list-none space-y-6 ps-0" data-testid="home-actions">
        {(["assessment", "directory", "book"] as const).map((key, i) => (
          <li key={key}>
            {i === 0 ? (
              <ButtonLink href={`/${locale}/assessment`}>{t("actions.assessment.link")}</ButtonLink>
            ) : (
              <a href={`/${locale}/${key}`} className="text-lg font-semibold">
                {t(`actions.${key}.link`)}
              </a>
            )}
            <p className="mb-0 mt-2">{t(`actions.${key}.text`)}</p>
          </li>
        ))}
      </ul>

      <h2>{t("howItWorks.heading")}</h2>
      <ol className="list-decimal ps-6 space-y-2">
        <li>{t("howItWorks.step1")}</li>
        <li>{t("howItWorks.step2")}</li>
        <li>{t("howItWorks.step3")}</li>
      </ol>

      <h2>{t("services.heading")}</h2>
      <p>{t("services.intro")}</p>
      <ul className="grid list-none gap-4 ps-0 sm:grid-cols-2" data-testid="service-list">
        {services.map((s) => (
          <li key={s.slug} className="border-s-4 border-nhs-blue bg-nhs-grey-5 p-4">
            <h3 className="mt-0 text-lg">{pickText(s.name, locale)}</h3>
            <p className="mb-0">{pickText(s.summary, locale)}</p>
          </li>
        ))}
      </ul>

      <h2>{t("inPerson.heading")}</h2>
      <p>{t("inPerson.body")}</p>
      <InsetText>
        <a href={`/${locale}/sign-in`}>{t("signInPrompt")}</a>
      </InsetText>

      <h2>{getT(locale, "engagement")("public.title")}</h2>
      <p>
        <a href={`/${locale}/consultations`}>{getT(locale, "engagement")("public.homeLink")}</a>
      </p>

      <UrgentHelpCard locale={locale} />
    </>
  );
}
