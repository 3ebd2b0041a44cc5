import type { TFunction } from "i18next";

/** Turns next-auth's `?error=` (a code, optionally `code:minutes`) into a translated sentence. */
export function signInErrorMessage(t: TFunction, raw: string | undefined): string | null {
  if (!raw) return null;
  const [code, minutes] = raw.split(":");
  const key = `errors.${code}`;
  const message = t(key, { minutes: minutes ?? "15", defaultValue: "" });
  return message || t("errors.default");
}
