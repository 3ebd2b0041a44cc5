import type { Metadata } from "next";
import { BackLink, Button, ErrorSummary, Radios, TextInput } from "@/components/ui";
import { requirePagePermission } from "@/lib/authz/guard";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";
import { startAssistedAction } from "./actions";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "assessment")("assisted.title") };
}

export default async function AssistedAssessmentPage({ params, searchParams }: TProps) {
  const locale = await resolveLocale(params);
  const user = await requirePagePermission(locale, "assessment.assist:create", `/${locale}/staff/assessment`);
  const { error } = await searchParams;
  const t = getT(locale, "assessment");
  const tc = getT(locale, "common");
  const channelError = error === "channel" ? t("assisted.errorChannel") : undefined;
  const venueError = error === "venue" ? t("assisted.errorVenue") : undefined;
  const errors = [channelError ? { href: "#channel", message: channelError } : null, venueError ? { href: "#venue", message: venueError } : null].filter((e): e is { href: string; message: string } => !!e);
  return (
    <>
      <BackLink href={`/${locale}/staff`}>{tc("back")}</BackLink>
      <ErrorSummary title={tc("errorSummaryTitle")} errors={errors} />
      <h1>{t("assisted.title")}</h1>
      <p>{t("assisted.lead")}</p>
      <form action={startAssistedAction} className="max-w-2xl">
        <input type="hidden" name="locale" value={locale} />
        <Radios
          name="channel"
          legend={t("assisted.channelLegend")}
          error={channelError}
          errorPrefix={tc("errorPrefix")}
          defaultValue={user.role === "partner" ? "vcse" : "advisor"}
          options={[
            { value: "advisor", label: t("assisted.channelAdvisor") },
            { value: "vcse", label: t("assisted.channelVcse") },
          ]}
        />
        <TextInput id="venue" name="venue" label={t("assisted.venueLabel")} hint={t("assisted.venueHint")} maxLength={120} error={venueError} errorPrefix={tc("errorPrefix")} />
        <Button>{t("assisted.start")}</Button>
      </form>
    </>
  );
}
