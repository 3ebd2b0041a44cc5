import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "../globals.css";
import { SiteChrome } from "@/components/layout/site-chrome";
import { getCurrentUser } from "@/lib/auth/session";
import { localeDir } from "@/lib/i18n/config";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";

// Every page reads the session and the request's nonce, so nothing is rendered (or read from the database) at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = getT(locale, "common");
  return { title: { default: t("serviceName"), template: `%s – ${t("serviceName")}` }, description: t("organisation") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#005eb8" };

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const user = await getCurrentUser();
  return (
    <html lang={locale} dir={localeDir(locale)}>
      <body className="min-h-screen bg-white text-nhs-text antialiased">
        <SiteChrome locale={locale} user={user}>
          {children}
        </SiteChrome>
      </body>
    </html>
  );
}
