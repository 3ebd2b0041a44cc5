import type { TFunction } from "i18next";

/** "Tuesday, 18:30 to 20:00 (online)" in the page's language. */
export function scheduleLine(t: TFunction, s: { byday: string; opensAt: string; closesAt: string; attendingType: string }): string {
  const slot = t("schedule.slot", { day: t(`days.${s.byday}`), opens: s.opensAt, closes: s.closesAt });
  if (s.attendingType === "online") return `${slot} (${t("schedule.online")})`;
  if (s.attendingType === "phone") return `${slot} (${t("schedule.phone")})`;
  return slot;
}

/** A language's own name in the reader's language ("Polish", "polski"...), from the browser-independent Intl data. */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale === "en" ? "en-GB" : locale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
