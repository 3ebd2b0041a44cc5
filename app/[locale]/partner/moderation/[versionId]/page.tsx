import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink, Button, ErrorSummary, Table, Textarea } from "@/components/ui";
import { requirePagePermission } from "@/lib/authz/guard";
import { getPendingEdit } from "@/lib/directory/partner-listings";
import { getDb } from "@/lib/db";
import { isLocale, localeNames } from "@/lib/i18n/config";
import { formatDateTime, pickText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";
import { approveAction, rejectAction } from "./actions";

type TProps = { params: Promise<{ locale: string; versionId: string }>; searchParams: Promise<{ error?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "directory")("moderation.title") };
}

export default async function ReviewEditPage({ params, searchParams }: TProps) {
  const locale = await resolveLocale(params);
  const { versionId } = await params;
  await requirePagePermission(locale, "listing.moderate:any", `/${locale}/partner/moderation/${versionId}`);
  const id = Number.parseInt(versionId, 10);
  const edit = Number.isSafeInteger(id) && id > 0 ? await getPendingEdit(await getDb(), id) : null;
  if (!edit) notFound();
  const { error } = await searchParams;
  const t = getT(locale, "directory");
  const tc = getT(locale, "common");
  const fieldLabel = (field: string) => {
    const [name, lang] = field.split(".");
    return lang && isLocale(lang) ? t(`moderation.fields.${name}`, { language: localeNames[lang] }) : t(`moderation.fields.${name}`);
  };
  const cell = (v: string) => (v ? <span className="whitespace-pre-line">{v}</span> : <span className="text-nhs-secondary-text">{t("moderation.empty")}</span>);
  const reasonError = error === "reason" ? t("moderation.reasonRequired") : undefined;
  return (
    <>
      <BackLink href={`/${locale}/partner/moderation`}>{tc("back")}</BackLink>
      <ErrorSummary title={tc("errorSummaryTitle")} errors={reasonError ? [{ href: "#reason", message: reasonError }] : []} />
      <h1>{t("moderation.reviewTitle", { name: pickText(edit.name, locale) })}</h1>
      <p>{t("moderation.from", { organisation: edit.organisation, date: formatDateTime(edit.createdAt, locale) })}</p>
      <div data-testid="diff">
        <Table
          caption={t("moderation.reviewTitle", { name: pickText(edit.name, locale) })}
          captionSize="s"
          scrollLabel={tc("tableScroll")}
          head={[t("moderation.field"), t("moderation.before"), t("moderation.after")]}
          firstCellIsHeader
          rows={edit.diff.map((d) => [fieldLabel(d.field), cell(d.before), cell(d.after)])}
        />
      </div>
      <form action={approveAction}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="versionId" value={edit.id} />
        <Button type="submit">{t("moderation.approve")}</Button>
      </form>
      <form action={rejectAction} className="mt-8 max-w-xl" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="versionId" value={edit.id} />
        <Textarea id="reason" name="reason" label={t("moderation.reason")} hint={t("moderation.reasonHint")} rows={3} maxLength={500} error={reasonError} errorPrefix={tc("errorPrefix")} />
        <Button type="submit" variant="warning">
          {t("moderation.reject")}
        </Button>
      </form>
    </>
  );
}
