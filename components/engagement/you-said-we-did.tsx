import type { TFunction } from "i18next";
import type { TI18nText } from "@/db/schema";
import type { TLocale } from "@/lib/i18n/config";
import { formatDate, pickText } from "@/lib/i18n/format";

type TItem = { youSaid: TI18nText; weDid: TI18nText; publishedAt: Date; themeName: TI18nText | null };

export function YouSaidWeDidList({ items, locale, t, headingLevel }: { items: TItem[]; locale: TLocale; t: TFunction; headingLevel: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  return (
    <section className="mb-8 border-s-4 border-nhs-green bg-nhs-grey-5 p-4">
      <H className="mt-0">{t("public.youSaidWeDid")}</H>
      {items.map((y, i) => (
        <div key={i} className="mb-4">
          <Sub className="mb-2">{y.themeName ? pickText(y.themeName, locale) : t("public.wholeConsultation")} <span className="text-base font-normal text-nhs-secondary-text">({formatDate(y.publishedAt, locale)})</span></Sub>
          <p className="mb-1"><strong>{t("public.youSaid")}:</strong> {pickText(y.youSaid, locale)}</p>
          <p><strong>{t("public.weDid")}:</strong> {pickText(y.weDid, locale)}</p>
        </div>
      ))}
    </section>
  );
}
