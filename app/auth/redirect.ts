import { NextResponse, type NextRequest } from "next/server";
import { defaultLocale, isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";

/**
 * next-auth needs fixed page paths; the portal's pages live under a locale. These routes forward to the
 * page in the person's language (from the callback URL, else their saved choice) and keep the query.
 */
export function forwardToLocalisedPage(request: NextRequest, path: (query: URLSearchParams) => string) {
  const query = request.nextUrl.searchParams;
  const fromCallback = (() => {
    try {
      return new URL(query.get("callbackUrl") ?? "", request.nextUrl.origin).pathname.split("/")[1];
    } catch {
      return undefined;
    }
  })();
  const saved = request.cookies.get(LOCALE_COOKIE)?.value;
  const locale = isLocale(fromCallback) ? fromCallback : isLocale(saved) ? saved : defaultLocale;
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}${path(query)}`;
  return NextResponse.redirect(url, 303);
}
