import "server-only";
import type { TLocale, TNamespace } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

/**
 * Every message the portal sends, and the namespace whose JSON holds its wording
 * (`<template>.<channel>.subject|body` in locales/<lng>/<ns>.json), so each is translated.
 * Features add their own templates here with their own namespace.
 */
export const templates = {
  signInLink: { ns: "notify", channels: ["email"] },
  staffUseStaffSignIn: { ns: "notify", channels: ["email"] },
  bookingConfirmed: { ns: "booking", channels: ["email", "sms"] },
  bookingMoved: { ns: "booking", channels: ["email", "sms"] },
  bookingCancelled: { ns: "booking", channels: ["email", "sms"] },
  bookingReminder: { ns: "booking", channels: ["email", "sms"] },
  bookingOffer: { ns: "booking", channels: ["email", "sms"] },
  ideaHidden: { ns: "engagement", channels: ["email"] },
  ideaPublished: { ns: "engagement", channels: ["email"] },
  youSaidWeDid: { ns: "engagement", channels: ["email"] },
  assessmentResumeLink: { ns: "assessment", channels: ["email"] },
  listingApproved: { ns: "directory", channels: ["email"] },
  listingRejected: { ns: "directory", channels: ["email"] },
} as const satisfies Record<string, { ns: TNamespace; channels: readonly ("email" | "sms")[] }>;

export type TTemplate = keyof typeof templates;

export type TRendered = { subject?: string; body: string };

export function renderTemplate(template: TTemplate, channel: "email" | "sms", locale: TLocale, data: Record<string, string>): TRendered {
  const definition = templates[template];
  if (!(definition.channels as readonly string[]).includes(channel)) throw new Error(`Template ${template} has no ${channel} version`);
  const t = getT(locale, definition.ns);
  const base = `${template}.${channel}`;
  const body = t(`${base}.body`, data);
  if (channel === "sms") return { body };
  return { subject: t(`${base}.subject`, data), body };
}
