import type { Metadata } from "next";
import { BackLink } from "@/components/ui";
import { requirePagePermission } from "@/lib/authz/guard";
import { listPendingEdits } from "@/lib/directory/partner-listings";
import { getDb } from "@/lib/db";
import { formatDateTime, pickText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ outcome?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "directory")("moderation.title") };
}

export default async function ModerationQueuePage({ params, searchParams }: TProps) {
  const locale = await resolveLocale(params);
  await requirePagePermission(locale, "listing.moderate:any", `/${locale}/partner/moderation`);
  const { outcome } = await searchParams;
  const t = getT(locale, "directory");
  const pending = await listPendingEdits(await getDb());
  return (
    <>
      <BackLink href={`/${locale}/partner`}>{t("partner.back")}</BackLink>
      {outcome === "approved" || outcome === "rejected" ? (
        <p role="status" className="border-s-4 border-nhs-green ps-4 font-semibold">
          {t(`moderation.${outcome}`)}
        </p>
      ) : null}
      <h1>{t("moderation.title")}</h1>
      {pending.length === 0 ? (
        <p>{t("moderation.none")}</p>
      ) : (
        <ul className="list-none ps-0" data-testid="moderation-queue">
          {pending.map((p) => (
            <li key={p.id} className="border-b border-nhs-grey-4 py-3">
              <a href={`/${locale}/partner/moderation/${p.id}`}>
                {t("moderation.review")} <span className="sr-only">:</span> {pickText(p.name, locale)}
              </a>
              <p className="mb-0 text-nhs-secondary-text">{t("moderation.from", { organisation: p.organisation, date: formatDateTime(p.createdAt, locale) })}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

