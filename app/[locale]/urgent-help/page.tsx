import { UrgentHelpCard } from "@/components/layout/urgent-help-card";
import { resolveLocale } from "@/lib/i18n/params";
import { pageTitle } from "@/lib/i18n/metadata";
import { getT } from "@/lib/i18n/server";

type TProps = { params: Promise<{ locale: string }> };

export const generateMetadata = pageTitle("info", "urgentHelp.title");

export default async function UrgentHelpPage({ params }: TProps) {
  const locale = await resolveLocale(params);
  const t = getT(locale, "info");
  return (
    <div className="max-w-3xl">
      <h1>{t("urgentHelp.title")}</h1>
      <p className="text-xl">{t("urgentHelp.lead")}</p>
      <UrgentHelpCard locale={locale} showMoreLink={false} />
      <h2>{t("urgentHelp.unsafeHome.heading")}</h2>
      <p>{t("urgentHelp.unsafeHome.body")}</p>
      <h2>{t("urgentHelp.notUrgent.heading")}</h2>
      <p>{t("urgentHelp.notUrgent.body")}</p>
    </div>
  );
}
