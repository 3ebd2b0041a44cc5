import type { TFunction } from "i18next";
import { Tag } from "@/components/ui";
import type { TLocale } from "@/lib/i18n/config";
import { formatNumber, pickText } from "@/lib/i18n/format";
import type { TSearchHit } from "@/lib/directory/search-services";
import { languageName, scheduleLine } from "./format";

export function DirectoryResultList({ locale, t, hits }: { locale: TLocale; t: TFunction; hits: TSearchHit[] }) {
  return (
    <ul className="m-0 list-none ps-0" data-testid="directory-results">
      {hits.map((hit) => {
        const description = pickText(hit.description, locale);
        return (
          <li key={hit.id} className="mb-6 border-b border-nhs-grey-4 pb-6">
            <h3 className="mb-2 mt-0 text-xl">
              <a href={`/${locale}/directory/services/${hit.id}`}>{pickText(hit.name, locale)}</a>
            </h3>
            <p className="mb-2 text-nhs-secondary-text">
              {t("results.by", { organisation: hit.organisationName })}
              {hit.town ? ` · ${hit.town}` : ""}
            </p>
            <p className="mb-2 flex flex-wrap gap-2">
              {hit.status !== "active" ? <Tag colour="orange">{t(`status.${hit.status}`)}</Tag> : null}
              {hit.distanceMiles !== null ? <Tag colour="blue">{t("results.milesAway", { distance: formatNumber(hit.distanceMiles, locale, { maximumFractionDigits: 1 }) })}</Tag> : null}
              {hit.isFree ? <Tag colour="green">{t("results.free")}</Tag> : <Tag colour="grey">{t("results.notFree")}</Tag>}
            </p>
            <p className="mb-2">{description.length > 220 ? `${description.slice(0, 217)}…` : description}</p>
            {hit.schedules.length > 0 ? (
              <p className="mb-1">
                <strong>{t("results.when")}:</strong> {hit.schedules.slice(0, 3).map((s) => scheduleLine(t, s)).join("; ")}
              </p>
            ) : null}
            <p className="mb-0">
              <strong>{t("results.languages")}:</strong> {hit.languages.map((l) => languageName(l, locale)).join(", ")}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
