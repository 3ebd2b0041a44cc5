import type { Metadata } from "next";
import { BackLink, Button, NotificationBanner, Select } from "@/components/ui";
import { requirePagePermission } from "@/lib/authz/guard";
import { getDb } from "@/lib/db";
import { listHeldIdeas, moderationReasons } from "@/lib/engagement/moderate-idea";
import { isLocale, localeNames } from "@/lib/i18n/config";
import { formatDate, pickText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";
import { moderateAction } from "../actions";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "engagement")("moderation.title") };
}

export default async function ModerationPage({ params, searchParams }: TProps) {
  const locale = await resolveLocale(params);
  await requirePagePermission(locale, "engagement.ideas:moderate", `/${locale}/engagement/moderation`);
  const { done } = await searchParams;
  const t = getT(locale, "engagement");
  const tc = getT(locale, "common");
  const held = await listHeldIdeas(await getDb());
  const reasonOptions = moderationReasons.map((r) => ({ value: r, label: t(`reasons.${r}`) }));
  return (
    <>
      <BackLink href={`/${locale}/engagement`}>{tc("back")}</BackLink>
      {done ? (
        <NotificationBanner variant="success" title={t("moderation.done")} role="status">
          <p>{t("moderation.title")}</p>
        </NotificationBanner>
      ) : null}
      <h1>{t("moderation.title")}</h1>
      <p>{t("moderation.lead")}</p>
      {held.length === 0 ? <p>{t("moderation.none")}</p> : null}
      <ul className="list-none space-y-6 ps-0">
        {held.map((idea) => (
          <li key={idea.id} className="border-s-4 border-nhs-yellow bg-nhs-grey-5 p-4" data-testid="held-idea">
            <p className="font-semibold">{pickText(idea.consultationTitle, locale)}</p>
            <p dir="auto" lang={idea.language}>{idea.text}</p>
            <p className="text-nhs-secondary-text">
              {t("moderation.autoReasons", { reasons: idea.reasons.map((r) => t(`moderation.auto.${r}`)).join(", ") })} · {isLocale(idea.language) ? localeNames[idea.language] : idea.language} · {formatDate(idea.createdAt, locale)}
            </p>
            <div className="flex flex-wrap gap-6">
              {(["hide", "restore"] as const).map((action) => (
                <form key={action} action={moderateAction} className="min-w-0">
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="ideaId" value={idea.id} />
                  <input type="hidden" name="action" value={action} />
                  <Select id={`reason-${action}-${idea.id}`} name="reason" label={t("moderation.reasonLabel")} defaultValue={action === "hide" ? "personal-details" : "checked-ok"} options={reasonOptions} />
                  <Button variant={action === "hide" ? "warning" : "secondary"}>{t(`moderation.${action}`)}</Button>
                </form>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
