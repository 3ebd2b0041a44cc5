import { resolveLocale } from "@/lib/i18n/params";
import { pageTitle } from "@/lib/i18n/metadata";
import { getT } from "@/lib/i18n/server";

type TProps = { params: Promise<{ locale: string }> };

export const generateMetadata = pageTitle("info", "accessibility.title");

export default async function AccessibilityPage({ params }: TProps) {
  const locale = await resolveLocale(params);
  const t = getT(locale, "info");
  return (
    <div className="max-w-3xl">
      <h1>{t("accessibility.title")}</h1>
      <p className="text-xl">{t("accessibility.lead")}</p>
      <p>{t("accessibility.aims")}</p>
      <p>{t("accessibility.languages")}</p>
      <p>{t("accessibility.standard")}</p>
      <h2>{t("accessibility.contactHeading")}</h2>
      <p>{t("accessibility.contact")}</p>
    </div>
  );
}
