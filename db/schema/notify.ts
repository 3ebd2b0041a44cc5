import { index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const notifyChannel = pgEnum("notify_channel", ["email", "sms"]);

/**
 * The development and test outbox. In production messages go to GOV.UK Notify and nothing is stored here,
 * so no message body with personal data is kept by the portal.
 */
export const outboxMessages = pgTable(
  "outbox_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    channel: notifyChannel("channel").notNull(),
    recipient: text("recipient").notNull(),
    template: text("template").notNull(),
    locale: text("locale").notNull(),
    subject: text("subject"),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("outbox_recipient_idx").on(t.recipient, t.createdAt)],
);
