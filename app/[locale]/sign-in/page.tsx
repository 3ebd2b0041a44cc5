import { Button, ErrorSummary, TextInput } from "@/components/ui";
import { csrfToken, safeCallbackUrl } from "@/lib/auth/csrf-server";
import { signInErrorMessage } from "@/lib/auth/errors";
import { resolveLocale } from "@/lib/i18n/params";
import { pageTitle } from "@/lib/i18n/metadata";
import { getT } from "@/lib/i18n/server";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string; callbackUrl?: string }> };

export const generateMetadata = pageTitle("auth", "resident.title");

export default async function ResidentSignInPage({ params, searchParams }: TProps) {
  const locale = await resolveLocale(params);
  const { error, callbackUrl } = await searchParams;
  const t = getT(locale, "auth");
  const tc = getT(locale, "common");
  const message = signInErrorMessage(t, error);
  return (
    <div className="max-w-2xl">
      {message ? <ErrorSummary title={tc("errorSummaryTitle")} errors={[{ href: "#email", message }]} /> : null}
      <h1>{t("resident.title")}</h1>
      <p>{t("resident.lead")}</p>
      <form method="post" action="/api/auth/signin/email" noValidate={false}>
        <input type="hidden" name="csrfToken" value={await csrfToken()} />
        <input type="hidden" name="callbackUrl" value={safeCallbackUrl(callbackUrl, `/${locale}/account`)} />
        <TextInput
          id="email"
          name="email"
          type="email"
          label={t("resident.email")}
          hint={t("resident.emailHint")}
          autoComplete="email"
          spellCheck={false}
          required
          maxLength={254}
          error={message ?? undefined}
          errorPrefix={tc("errorPrefix")}
        />
        <Button>{t("resident.submit")}</Button>
      </form>
      <p>
        <a href={`/${locale}/staff/sign-in`}>{t("resident.staffLink")}</a>
      </p>
    </div>
  );
}
