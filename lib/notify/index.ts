import "server-only";
import { NotifyClient } from "notifications-node-client";
import { getDb } from "@/lib/db";
import { outboxMessages } from "@/db/schema";
import { env } from "@/lib/env";
import type { TLocale } from "@/lib/i18n/config";
import { logger } from "@/lib/log";
import { renderTemplate, type TTemplate } from "./templates";

export type TMessage = {
  channel: "email" | "sms";
  to: string;
  template: TTemplate;
  locale: TLocale;
  data?: Record<string, string>;
};

type TBackend = (message: TMessage & { subject?: string; body: string }) => Promise<void>;

/** Development and tests: messages are stored in the outbox table and shown at /dev/outbox. */
const outboxBackend: TBackend = async (m) => {
  const db = await getDb();
  await db.insert(outboxMessages).values({
    channel: m.channel,
    recipient: m.to,
    template: m.template,
    locale: m.locale,
    subject: m.subject ?? null,
    body: m.body,
  });
};

/**
 * Production: GOV.UK Notify. The portal renders each message in the person's language and sends it through
 * one generic Notify template per channel whose content is `((subject))` / `((body))`.
 */
let notifyClient: NotifyClient | undefined;
const govukBackend: TBackend = async (m) => {
  const e = env();
  notifyClient ??= new NotifyClient(e.NOTIFY_API_KEY!);
  if (m.channel === "email") {
    await notifyClient.sendEmail(e.NOTIFY_EMAIL_TEMPLATE_ID!, m.to, { personalisation: { subject: m.subject ?? "", body: m.body } });
  } else {
    await notifyClient.sendSms(e.NOTIFY_SMS_TEMPLATE_ID!, m.to, { personalisation: { body: m.body } });
  }
};

/** Sends one message through the configured backend. Never logs the recipient or the content. */
export async function notify(message: TMessage): Promise<void> {
  const rendered = renderTemplate(message.template, message.channel, message.locale, message.data ?? {});
  const backend = env().NOTIFY_BACKEND === "govuk" ? govukBackend : outboxBackend;
  try {
    await backend({ ...message, ...rendered });
    logger.info({ event: "notify.sent", template: message.template, channel: message.channel, locale: message.locale });
  } catch (error) {
    logger.error({ event: "notify.failed", template: message.template, channel: message.channel, err: error });
    throw error;
  }
}
