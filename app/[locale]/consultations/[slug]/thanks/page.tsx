import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Panel } from "@/components/ui";
import { getDb } from "@/lib/db";
import { getConsultation } from "@/lib/engagement/consultations";
import { pickText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";

type TProps = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ held?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "engagement")("public.thanksTitle") };
}

export default async function ThanksPage({ params, searchParams }: TProps) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const { held } = await searchParams;
  const t = getT(locale, "engagement");
  const c = await getConsultation(await getDb(), { slug }, true);
  if (!c) notFound();
  return (
    <>
      <Panel title={t("public.thanksTitle")}>
        <p>{pickText(c.title, locale)}</p>
      </Panel>
      <p data-testid="thanks-outcome">{held ? t("public.thanksHeld") : t("public.thanksPublished")}</p>
      <p>
        <a href={`/${locale}/consultations/${c.slug}`}>{t("public.thanksBack")}</a>
      </p>
    </>
  );
}
