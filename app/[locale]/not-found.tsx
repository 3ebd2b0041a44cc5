import { headers } from "next/headers";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

export default async function NotFound() {
  const first = ((await headers()).get("x-url") ?? "").split("/")[1];
  const locale = isLocale(first) ? first : defaultLocale;
  const t = getT(locale, "common");
  return (
    <div className="max-w-2xl">
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <p>
        <a href={`/${locale}`}>{t("notFound.home")}</a>
      </p>
    </div>
  );
}
