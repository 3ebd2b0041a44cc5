import { Button, Checkboxes, Radios, Select, TextInput } from "@/components/ui";
import type { TFunction } from "i18next";
import type { TI18nText } from "@/db/schema/types";
import { pickText } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/config";
import { DAYS, PARTS_OF_DAY, RADII, SERVICE_LANGUAGES, type TDirectorySearch } from "@/lib/directory/schemas";
import { languageName } from "./format";

type TProps = {
  locale: TLocale;
  t: TFunction;
  errorPrefix: string;
  values: Record<string, string>;
  search: TDirectorySearch;
  errors: Record<string, string | undefined>;
  terms: { code: string; name: TI18nText; taxonomy: string }[];
  laps: { code: string; name: TI18nText }[];
};

/** The public search: a GET form, so it works without JavaScript and every result page has its own address. */
export function DirectorySearchForm({ locale, t, errorPrefix, values, search, errors, terms, laps }: TProps) {
  const termOptions = (taxonomy: string) => terms.filter((x) => x.taxonomy === taxonomy).map((x) => ({ value: x.code, label: pickText(x.name, locale) }));
  return (
    <form method="get" action={`/${locale}/directory`} role="search" aria-label={t("title")} noValidate>
      <TextInput id="q" name="q" type="search" label={t("form.q")} hint={t("form.qHint")} defaultValue={values.q ?? ""} error={errors.q} errorPrefix={errorPrefix} maxLength={400} />
      <Select
        id="need"
        name="need"
        label={t("form.need")}
        defaultValue={search.need ?? ""}
        options={[{ value: "", label: t("form.anyNeed") }, ...termOptions("wellbeing-domain"), ...termOptions("offer-type")]}
      />
      <div className="sm:flex sm:flex-wrap sm:gap-x-6">
        <TextInput
          id="postcode"
          name="postcode"
          label={t("form.postcode")}
          hint={t("form.postcodeHint")}
          defaultValue={values.postcode ?? ""}
          error={errors.postcode}
          errorPrefix={errorPrefix}
          autoComplete="postal-code"
          widthClass="w-full sm:w-[12ch]"
          spellCheck={false}
        />
        <Select id="radius" name="radius" label={t("form.radius")} defaultValue={String(search.radius ?? 10)} options={RADII.map((r) => ({ value: String(r), label: t("form.miles", { miles: r }) }))} />
      </div>
      <Select id="lap" name="lap" label={t("form.lap")} defaultValue={search.lap ?? ""} options={[{ value: "", label: t("form.anyLap") }, ...laps.map((l) => ({ value: l.code, label: pickText(l.name, locale) }))]} />
      <fieldset className="mb-6 border-0 p-0">
        <legend className="mb-4 text-xl font-bold">{t("form.filters")}</legend>
        <div className="sm:flex sm:flex-wrap sm:gap-x-6">
          <Select id="day" name="day" label={t("form.day")} defaultValue={search.day ?? ""} options={[{ value: "", label: t("form.anyDay") }, ...DAYS.map((d) => ({ value: d, label: t(`days.${d}`) }))]} />
          <Select id="time" name="time" label={t("form.time")} defaultValue={search.time ?? ""} options={[{ value: "", label: t("form.anyTime") }, ...PARTS_OF_DAY.map((p) => ({ value: p, label: t(`form.${p}`) }))]} />
          <Select
            id="language"
            name="language"
            label={t("form.language")}
            defaultValue={search.language ?? ""}
            options={[{ value: "", label: t("form.anyLanguage") }, ...SERVICE_LANGUAGES.map((l) => ({ value: l, label: languageName(l, locale) }))]}
          />
        </div>
        <TextInput id="age" name="age" label={t("form.age")} hint={t("form.ageHint")} inputMode="numeric" widthClass="w-[6ch]" defaultValue={values.age ?? ""} error={errors.age} errorPrefix={errorPrefix} />
        <Radios
          name="mode"
          legend={t("form.mode")}
          small
          defaultValue={search.mode ?? ""}
          options={[
            { value: "", label: t("form.anyMode") },
            { value: "in_person", label: t("form.inPerson") },
            { value: "online", label: t("form.online") },
          ]}
        />
        <Checkboxes name="free" legend={<span className="sr-only">{t("form.free")}</span>} small options={[{ value: "1", label: t("form.free") }]} defaultValues={search.free ? ["1"] : []} />
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">{t("form.submit")}</Button>
        <a href={`/${locale}/directory`} className="mb-6">
          {t("form.clear")}
        </a>
      </div>
    </form>
  );
}
