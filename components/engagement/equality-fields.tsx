import { Details, Radios } from "@/components/ui";
import { ageBands, disabilityStatuses, ethnicGroups, sexes } from "@/db/schema";
import type { TFunction } from "i18next";

/** Optional equality monitoring (GSS harmonised categories), folded away so it never gets in the way. */
export function EqualityFields({ t }: { t: TFunction }) {
  const opts = (values: readonly string[]) => values.map((v) => ({ value: v, label: t(`equality.values.${v}`) }));
  return (
    <Details summary={t("public.equality")}>
      <p>{t("public.equalityHint")}</p>
      <Radios name="ageBand" legend={t("equality.ageBand")} options={opts(ageBands)} small />
      <Radios name="sex" legend={t("equality.sex")} options={opts(sexes)} small />
      <Radios name="ethnicity" legend={t("equality.ethnicity")} options={opts(ethnicGroups)} small />
      <Radios name="disability" legend={t("equality.disability")} options={opts(disabilityStatuses)} small />
    </Details>
  );
}

/** Hidden from people (off-screen, out of the tab order, hidden from screen readers); bots fill it in. */
export function HoneypotField({ label }: { label: string }) {
  return (
    <div aria-hidden="true" className="absolute -start-[10000px] top-auto h-px w-px overflow-hidden">
      <label htmlFor="website">{label}</label>
      <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
    </div>
  );
}
