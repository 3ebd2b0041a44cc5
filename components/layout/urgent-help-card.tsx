import { UrgentHelp } from "@/components/ui";
import type { TLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { telHref, urgentContacts } from "@/lib/safeguarding/contacts";

/** The crisis numbers, in the page's language. Rendered on the server, so it never depends on JavaScript. */
export function UrgentHelpCard({ locale, headingLevel = 2, showMoreLink = true }: { locale: TLocale; headingLevel?: 2 | 3; showMoreLink?: boolean }) {
  const t = getT(locale, "common");
  return (
    <UrgentHelp heading={t("urgent.heading")} headingLevel={headingLevel} id="urgent-help">
      <p>{t("urgent.intro")}</p>
      <ul className="list-disc ps-6 space-y-2">
        <li>
          <a href={telHref(urgentContacts.emergency)}>{t("urgent.call999")}</a>
        </li>
        <li>
          <a href={telHref(urgentContacts.nhs111)}>{t("urgent.nhs111")}</a>
        </li>
        <li>
          <a href={telHref(urgentContacts.samaritans)}>{t("urgent.samaritans")}</a>
        </li>
        <li>
          <a href={telHref(urgentContacts.countyCrisisLine)}>{t("urgent.crisisLine", { phone: urgentContacts.countyCrisisLine })}</a>
        </li>
      </ul>
      {showMoreLink ? (
        <p>
          <a href={`/${locale}/urgent-help`}>{t("urgent.moreLink")}</a>
        </p>
      ) : null}
    </UrgentHelp>
  );
}
