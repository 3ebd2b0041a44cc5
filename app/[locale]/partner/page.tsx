import type { Metadata } from "next";
import { Tag } from "@/components/ui";
import { requirePagePermission } from "@/lib/authz/guard";
import { can } from "@/lib/authz/permissions";
import { missingLanguages } from "@/lib/directory/rules";
import { listOwnServices } from "@/lib/directory/partner-listings";
import { getDb } from "@/lib/db";
import { localeNames } from "@/lib/i18n/config";
import { pickText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";

type TProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "directory")("partner.title") };
}

export default async function PartnerHomePage({ params }: TProps) {
  const locale = await resolveLocale(params);
  const user = await requirePagePermission(locale, "partner.portal:view", `/${locale}/partner`);
  const t = getT(locale, "directory");
  const services = await listOwnServices(await getDb(), user);
  return (
    <>
      <h1>{t("partner.title")}</h1>
      <p>{t("partner.intro")}</p>
      {can(user.role, "listing.moderate:any") ? (
        <p>
          <a href={`/${locale}/partner/moderation`}>{t("moderation.title")}</a>
        </p>
      ) : null}
      {services.length === 0 ? <p>{t("partner.none")}</p> : null}
      <ul className="list-none ps-0" data-testid="partner-listings">
        {services.map((s) => {
          const missing = missingLanguages([s.name, s.description]);
          return (
            <li key={s.id} className="border-b border-nhs-grey-4 py-4">
              <h2 className="mb-2 text-xl">
                <a href={`/${locale}/partner/services/${s.id}`}>
                  {t("partner.edit")} <span className="sr-only">:</span> {pickText(s.name, locale)}
                </a>
              </h2>
              <p className="mb-2 flex flex-wrap gap-2">
                {s.status !== "active" ? <Tag colour="orange">{t(`status.${s.status}`)}</Tag> : null}
                {s.pending ? <Tag colour="yellow">{t("partner.pendingTag")}</Tag> : null}
              </p>
              <p className="mb-0 text-nhs-secondary-text">
                {missing.length ? t("partner.missingLanguages", { languages: missing.map((l) => localeNames[l]).join(", ") }) : t("partner.allTranslated")}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
