import { notFound } from "next/navigation";
import { Table } from "@/components/ui";
import { totpCode } from "@/lib/auth/totp";
import { isProduction } from "@/lib/env";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";
import { demoAccounts } from "@/seeds/demo/accounts";

/** Development only: today's codes for the demo staff accounts, so a newcomer can sign in without an app. */
export default async function DemoTotpPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  if (isProduction()) notFound();
  const t = getT(locale, "dev");
  const tc = getT(locale, "common");
  const staff = demoAccounts.filter((a) => a.totpSecret);
  return (
    <>
      <h1>{t("totp.title")}</h1>
      <p>{t("totp.lead")}</p>
      <Table
        caption={t("totp.title")}
        scrollLabel={tc("tableScroll")}
        head={[t("totp.account"), t("totp.code")]}
        rows={staff.map((a) => [a.email, <code key={a.email}>{totpCode(a.totpSecret!)}</code>])}
      />
    </>
  );
}
