import { resolveLocale } from "@/lib/i18n/params";
import { pageTitle } from "@/lib/i18n/metadata";
import { getT } from "@/lib/i18n/server";

type TProps = { params: Promise<{ locale: string }> };

export const generateMetadata = pageTitle("info", "privacy.title");

const sections = ["what", "why", "reports", "rights", "staff"] as const;

export default async function PrivacyPage({ params }: TProps) {
  const locale = await resolveLocale(params);
  const t = getT(locale, "info");
  return (
    <div className="max-w-3xl">
      <h1>{t("privacy.title")}</h1>
      <p className="text-xl">{t("privacy.lead")}</p>
      {sections.map((s) => (
        <section key={s}>
          <h2>{t(`privacy.${s}Heading`)}</h2>
          <p>{t(`privacy.${s}`)}</p>
        </section>
      ))}
    </div>
  );
}
