import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink, Button, ErrorSummary, Fieldset, NotificationBanner, Select, TextInput, Textarea } from "@/components/ui";
import { requirePagePermission } from "@/lib/authz/guard";
import { MAX_SCHEDULE_ROWS } from "@/lib/directory/listing-edit";
import { getOwnService } from "@/lib/directory/partner-listings";
import { DAYS } from "@/lib/directory/schemas";
import { getDb } from "@/lib/db";
import { localeNames, locales } from "@/lib/i18n/config";
import { pickText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";
import { proposeEditAction, setClosedAction } from "./actions";

type TProps = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "directory")("partner.title") };
}

const ERROR_KEYS = new Set(["nameRequired", "descriptionRequired", "tooLong", "phone", "email", "url", "time", "incompleteTime", "closesBeforeOpens"]);

export default async function EditListingPage({ params, searchParams }: TProps) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const actor = await requirePagePermission(locale, "listing.update:own", `/${locale}/partner/services/${id}`);
  const listing = await getOwnService(await getDb(), actor, id);
  if (!listing) notFound();
  const query = await searchParams;
  const t = getT(locale, "directory");
  const tc = getT(locale, "common");
  const errors = Object.fromEntries(
    Object.entries(query)
      .filter(([k, v]) => k.startsWith("e_") && v && ERROR_KEYS.has(v))
      .map(([k, v]) => [k.slice(2), t(`partner.errors.${v}`)]),
  );
  const shown = listing.pending ?? listing.current;
  const name = pickText(listing.current.name, locale);
  return (
    <>
      <BackLink href={`/${locale}/partner`}>{t("partner.back")}</BackLink>
      <ErrorSummary title={tc("errorSummaryTitle")} errors={Object.entries(errors).map(([field, message]) => ({ href: `#${field}`, message }))} />
      {query.outcome === "pending" ? (
        <NotificationBanner variant="success" title={t("partner.submitted")} role="status">
          <p>{name}</p>
        </NotificationBanner>
      ) : null}
      {query.outcome === "unchanged" ? (
        <NotificationBanner title={tc("important")} role="status">
          <p>{t("partner.unchanged")}</p>
        </NotificationBanner>
      ) : null}
      {query.outcome === "closed" || query.outcome === "open" ? (
        <NotificationBanner variant="success" title={t(query.outcome === "closed" ? "partner.closedNow" : "partner.openNow")} role="status">
          <p>{name}</p>
        </NotificationBanner>
      ) : null}
      <h1>{t("partner.editTitle", { name })}</h1>
      {listing.pending ? <p className="border-s-4 border-nhs-blue ps-4">{t("partner.pendingNotice")}</p> : null}
      {!listing.pending && listing.lastRejected?.reason ? <p className="border-s-4 border-nhs-red ps-4">{t("partner.rejectedNotice", { reason: listing.lastRejected.reason })}</p> : null}

      <form action={proposeEditAction} className="max-w-2xl" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="serviceId" value={listing.id} />
        <TextInput id="name_en" name="name_en" label={t("partner.nameLabel", { language: localeNames.en })} defaultValue={shown.name.en} maxLength={120} error={errors.name_en} errorPrefix={tc("errorPrefix")} />
        <Textarea id="description_en" name="description_en" label={t("partner.descriptionLabel", { language: localeNames.en })} defaultValue={shown.description.en} rows={5} error={errors.description_en} errorPrefix={tc("errorPrefix")} />

        <Fieldset legend={t("partner.timesHeading")} describedBy="times-hint">
          <p id="times-hint" className="text-nhs-secondary-text">{t("partner.timesHint")}</p>
          {Array.from({ length: MAX_SCHEDULE_ROWS }, (_, i) => {
            const s = shown.schedules[i];
            return (
              <div key={i} className="flex flex-wrap gap-x-4" data-testid={`session-${i}`}>
                <Select
                  id={`day_${i}`}
                  name={`day_${i}`}
                  label={t("partner.session", { number: i + 1 })}
                  defaultValue={s?.byday ?? ""}
                  options={[{ value: "", label: t("partner.noDay") }, ...DAYS.map((d) => ({ value: d, label: t(`days.${d}`) }))]}
                  error={errors[`day_${i}`]}
                  errorPrefix={tc("errorPrefix")}
                  widthClass="w-full sm:w-48"
                />
                <TextInput id={`opens_${i}`} name={`opens_${i}`} label={t("partner.opens")} defaultValue={s?.opensAt ?? ""} widthClass="w-[8ch]" inputMode="numeric" error={errors[`opens_${i}`]} errorPrefix={tc("errorPrefix")} />
                <TextInput id={`closes_${i}`} name={`closes_${i}`} label={t("partner.closes")} defaultValue={s?.closesAt ?? ""} widthClass="w-[8ch]" inputMode="numeric" error={errors[`closes_${i}`]} errorPrefix={tc("errorPrefix")} />
              </div>
            );
          })}
        </Fieldset>

        <Fieldset legend={t("partner.contactHeading")}>
          <TextInput id="phone" name="phone" type="tel" label={t("service.phone")} defaultValue={shown.phone ?? ""} autoComplete="off" widthClass="w-full sm:w-64" error={errors.phone} errorPrefix={tc("errorPrefix")} dir="ltr" />
          <TextInput id="email" name="email" type="email" label={t("service.email")} defaultValue={shown.email ?? ""} spellCheck={false} error={errors.email} errorPrefix={tc("errorPrefix")} dir="ltr" />
          <TextInput id="url" name="url" type="url" label={t("service.website")} defaultValue={shown.url ?? ""} spellCheck={false} error={errors.url} errorPrefix={tc("errorPrefix")} dir="ltr" />
        </Fieldset>

        <Fieldset legend={t("partner.translationsHeading")} describedBy="translations-hint">
          <p id="translations-hint" className="text-nhs-secondary-text">{t("partner.translationsHint")}</p>
          {locales
            .filter((l) => l !== "en")
            .map((l) => (
              <div key={l} lang={l} dir={l === "ur" ? "rtl" : "ltr"}>
                <TextInput id={`name_${l}`} name={`name_${l}`} label={t("partner.nameLabel", { language: localeNames[l] })} defaultValue={shown.name[l] ?? ""} maxLength={120} />
                <Textarea id={`description_${l}`} name={`description_${l}`} label={t("partner.descriptionLabel", { language: localeNames[l] })} defaultValue={shown.description[l] ?? ""} rows={3} />
              </div>
            ))}
        </Fieldset>
        <Button type="submit">{t("partner.submit")}</Button>
      </form>

      <h2>{t("partner.closeHeading")}</h2>
      <p>{t("partner.closeHint")}</p>
      <form action={setClosedAction}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="serviceId" value={listing.id} />
        <input type="hidden" name="closed" value={listing.status === "temporarily_closed" ? "0" : "1"} />
        <Button variant="secondary" type="submit">
          {listing.status === "temporarily_closed" ? t("partner.reopenButton") : t("partner.closeButton")}
        </Button>
      </form>
    </>
  );
}
