import "server-only";
import type { TLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

/** Every message the portal sends. Wording lives in locales/<lng>/notify.json so each is translated. */
export const templates = {
  signInLink: { channels: ["email"] },
  staffUseStaffSignIn: { channels: ["email"] },
} as const;

export type TTemplate = keyof typeof templates;

export type TRendered = { subject?: string; body: string };

export function renderTemplate(template: TTemplate, channel: "email" | "sms", locale: TLocale, data: Record<string, string>): TRendered {
  const t = getT(locale, "notify");
  const base = `${template}.${channel}`;
  const body = t(`${base}.body`, { ...data, interpolation: { escapeValue: false } });
  if (channel === "sms") return { body };
  return { subject: t(`${base}.subject`, data), body };
}
