import { EMAIL_LINK_MAX_AGE_SECONDS } from "@/lib/auth/options";
import { resolveLocale } from "@/lib/i18n/params";
import { pageTitle } from "@/lib/i18n/metadata";
import { getT } from "@/lib/i18n/server";

type TProps = { params: Promise<{ locale: string }> };

export const generateMetadata = pageTitle("auth", "checkEmail.title");

export default async function CheckEmailPage({ params }: TProps) {
  const locale = await resolveLocale(params);
  const t = getT(locale, "auth");
  return (
    <div className="max-w-2xl">
      <h1>{t("checkEmail.title")}</h1>
      <p>{t("checkEmail.body", { minutes: EMAIL_LINK_MAX_AGE_SECONDS / 60 })}</p>
      <p>{t("checkEmail.notArrived")}</p>
      <p>
        <a href={`/${locale}/sign-in`}>{t("checkEmail.again")}</a>
      </p>
    </div>
  );
}
