import { headers } from "next/headers";
import type { ReactNode } from "react";
import { Container, Footer, Header, LanguageSwitcher, PhaseBanner, SkipLink } from "@/components/ui";
import type { TCurrentUser } from "@/lib/auth/session";
import { isStaffRole } from "@/lib/authz/permissions";
import { localeDir, localeNames, locales, type TLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { switchLocaleHref } from "@/lib/i18n/switch-locale";

export async function SiteChrome({ locale, user, children }: { locale: TLocale; user: TCurrentUser | null; children: ReactNode }) {
  const t = getT(locale, "common");
  const currentUrl = (await headers()).get("x-url") ?? `/${locale}`;
  const options = locales.map((code) => ({ code, name: localeNames[code], href: switchLocaleHref(currentUrl, code), dir: localeDir(code) }));
  const account = user ? (
    <ul className="m-0 flex list-none flex-wrap gap-x-4 ps-0">
      {isStaffRole(user.role) ? (
        <li>
          <a href={`/${locale}/staff`} className="inline-flex min-h-11 items-center">
            {t("nav.staff")}
          </a>
        </li>
      ) : null}
      <li>
        <a href={`/${locale}/account`} className="inline-flex min-h-11 items-center">
          {t("nav.account")}
        </a>
      </li>
    </ul>
  ) : (
    <a href={`/${locale}/sign-in`} className="inline-flex min-h-11 items-center">
      {t("nav.signIn")}
    </a>
  );
  return (
    <>
      <SkipLink>{t("skipLink")}</SkipLink>
      <Header
        serviceName={t("serviceName")}
        homeHref={`/${locale}`}
        languageSwitcher={<LanguageSwitcher label={t("languageSwitcher")} current={locale} options={options} />}
        account={account}
        phaseBanner={<PhaseBanner tag={t("phase.tag")}>{t("phase.text")}</PhaseBanner>}
      />
      <Container>
        <main id="main-content" tabIndex={-1} className="pb-12 pt-6 focus:outline-none">
          {children}
        </main>
      </Container>
      <Footer
        navLabel={t("footer.label")}
        links={[
          { href: `/${locale}/urgent-help`, label: t("footer.urgentHelp") },
          { href: `/${locale}/privacy`, label: t("footer.privacy") },
          { href: `/${locale}/accessibility`, label: t("footer.accessibility") },
          { href: `/${locale}/staff/sign-in`, label: t("footer.staffSignIn") },
        ]}
        meta={<p>{t("footer.meta")}</p>}
      />
    </>
  );
}
