import { Button, ErrorSummary, TextInput } from "@/components/ui";
import { csrfToken, safeCallbackUrl } from "@/lib/auth/csrf-server";
import { signInErrorMessage } from "@/lib/auth/errors";
import { resolveLocale } from "@/lib/i18n/params";
import { pageTitle } from "@/lib/i18n/metadata";
import { getT } from "@/lib/i18n/server";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string; callbackUrl?: string }> };

export const generateMetadata = pageTitle("auth", "staff.title");

export default async function StaffSignInPage({ params, searchParams }: TProps) {
  const locale = await resolveLocale(params);
  const { error, callbackUrl } = await searchParams;
  const t = getT(locale, "auth");
  const tc = getT(locale, "common");
  const message = signInErrorMessage(t, error);
  return (
    <div className="max-w-2xl">
      {message ? <ErrorSummary title={tc("errorSummaryTitle")} errors={[{ href: "#email", message }]} /> : null}
      <h1>{t("staff.title")}</h1>
      <p>{t("staff.lead")}</p>
      <form method="post" action="/api/auth/callback/staff">
        <input type="hidden" name="csrfToken" value={await csrfToken()} />
        <input type="hidden" name="callbackUrl" value={safeCallbackUrl(callbackUrl, `/${locale}/staff`)} />
        <TextInput id="email" name="email" type="email" label={t("staff.email")} autoComplete="username" spellCheck={false} required maxLength={254} />
        <TextInput id="password" name="password" type="password" label={t("staff.password")} autoComplete="current-password" required maxLength={200} />
        <TextInput
          id="code"
          name="code"
          label={t("staff.code")}
          hint={t("staff.codeHint")}
          autoComplete="one-time-code"
          inputMode="numeric"
          spellCheck={false}
          required
          maxLength={6}
          widthClass="max-w-[10ch]"
        />
        <Button>{t("staff.submit")}</Button>
      </form>
      <p>
        <a href={`/${locale}/sign-in`}>{t("staff.residentLink")}</a>
      </p>
    </div>
  );
}
