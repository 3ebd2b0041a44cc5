import { notFound } from "next/navigation";
import { Table } from "@/components/ui";
import { isOutboxAvailable, listOutbox } from "@/lib/dev/outbox";
import { formatDateTime } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";

export default async function OutboxPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  if (!isOutboxAvailable()) notFound();
  const t = getT(locale, "dev");
  const tc = getT(locale, "common");
  const messages = await listOutbox();
  return (
    <>
      <h1>{t("outbox.title")}</h1>
      <p>{t("outbox.lead")}</p>
      {messages.length === 0 ? (
        <p>{t("outbox.empty")}</p>
      ) : (
        <Table
          caption={t("outbox.title")}
          scrollLabel={tc("tableScroll")}
          head={[t("outbox.sent"), t("outbox.to"), t("outbox.channel"), t("outbox.template"), t("outbox.language"), t("outbox.message")]}
          rows={messages.map((m) => [
            formatDateTime(m.createdAt, locale),
            m.recipient,
            m.channel,
            m.template,
            m.locale,
            <div key={m.id} lang={m.locale} className="whitespace-pre-wrap break-words">
              {m.subject ? <strong className="block">{m.subject}</strong> : null}
              {m.body}
            </div>,
          ])}
        />
      )}
    </>
  );
}
