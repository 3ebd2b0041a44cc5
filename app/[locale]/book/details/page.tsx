import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { parseErrors } from "@/components/booking/form-errors";
import { requireEligible } from "@/components/booking/guard";
import { BackLink, Button, ErrorSummary, TextInput } from "@/components/ui";
import { readFlow } from "@/lib/booking/flow-cookie";
import { getSession } from "@/lib/booking/list-sessions";
import { getDb } from "@/lib/db";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";
import { detailsAction } from "../actions";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ session?: string; errors?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "booking")("details.title") };
}

export default async function DetailsPage({ params, searchParams }: TProps) {
  const locale = await resolveLocale(params);
  const query = await searchParams;
  const flow = await readFlow();
  const session = query.session ? await getSession(await getDb(), query.session) : null;
  if (!session) redirect(flow.service ? `/${locale}/book/${flow.service}/attend` : `/${locale}/book`);
  await requireEligible(locale, session.serviceSlug);
  const t = getT(locale, "booking");
  const tc = getT(locale, "common");
  const errors = parseErrors(query.errors, t);
  const summary = Object.entries(errors).map(([field, message]) => ({ href: `#${field}`, message }));
  const back = session.mode === "in_person" ? `time?mode=in_person&venue=${encodeURIComponent(session.venueName ?? "")}` : `time?mode=${session.mode}`;
  return (
    <>
      <BackLink href={`/${locale}/book/${session.serviceSlug}/${back}`}>{tc("back")}</BackLink>
      <ErrorSummary title={tc("errorSummaryTitle")} errors={summary} />
      <h1>{t("details.title")}</h1>
      <p>{t("details.lead")}</p>
      <form action={detailsAction} className="max-w-xl" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="session" value={session.id} />
        <TextInput id="name" name="name" label={t("details.name")} autoComplete="name" spellCheck={false} defaultValue={flow.name ?? ""} maxLength={100} error={errors.name} errorPrefix={tc("errorPrefix")} />
        <TextInput id="email" name="email" type="email" label={t("details.email")} autoComplete="email" spellCheck={false} defaultValue={flow.email ?? ""} dir="ltr" error={errors.email} errorPrefix={tc("errorPrefix")} />
        <TextInput id="mobile" name="mobile" type="tel" label={t("details.mobile")} hint={t("details.mobileHint")} autoComplete="tel" defaultValue={flow.mobile ?? ""} dir="ltr" widthClass="w-full md:w-[20ch]" error={errors.mobile} errorPrefix={tc("errorPrefix")} />
        <Button>{tc("continue")}</Button>
      </form>
    </>
  );
}
