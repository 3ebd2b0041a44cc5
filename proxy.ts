import { NextResponse, type NextRequest } from "next/server";
import { createCsrfCookieValue, csrfCookieName, readCsrfToken } from "@/lib/auth/csrf";
import { env } from "@/lib/env";
import { defaultLocale, isLocale, LOCALE_COOKIE, type TLocale } from "@/lib/i18n/config";

/** Picks a language for a path without one: the saved choice, then the browser's, then English. */
function negotiateLocale(request: NextRequest): TLocale {
  const saved = request.cookies.get(LOCALE_COOKIE)?.value;
  if (isLocale(saved)) return saved;
  const header = request.headers.get("accept-language") ?? "";
  for (const part of header.split(",")) {
    const code = part.split(";")[0]?.trim().toLowerCase().split("-")[0];
    if (isLocale(code)) return code;
  }
  return defaultLocale;
}

function contentSecurityPolicy(nonce: string, isDev: boolean) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isDev ? [] : ["upgrade-insecure-requests"]),
  ].join("; ");
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const first = pathname.split("/")[1];

  if (!isLocale(first)) {
    const url = request.nextUrl.clone();
    url.pathname = `/${negotiateLocale(request)}${pathname === "/" ? "" : pathname}`;
    return NextResponse.redirect(url);
  }

  const e = env();
  const isDev = process.env.NODE_ENV !== "production";
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, isDev);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-url", pathname + search);

  // Sign-in forms post to next-auth without JavaScript: make sure its CSRF cookie exists before they render.
  const secure = e.NEXTAUTH_URL.startsWith("https://");
  const csrfName = csrfCookieName(secure);
  let newCsrf: string | undefined;
  if (pathname.includes("/sign-in") || pathname.includes("/account")) {
    if (!readCsrfToken(request.cookies.get(csrfName)?.value, e.NEXTAUTH_SECRET)) {
      newCsrf = createCsrfCookieValue(e.NEXTAUTH_SECRET).value;
      const others = (request.headers.get("cookie") ?? "")
        .split(";")
        .map((c) => c.trim())
        .filter((c) => c && !c.startsWith(`${csrfName}=`));
      requestHeaders.set("cookie", [...others, `${csrfName}=${newCsrf}`].join("; "));
    }
  }

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (request.cookies.get(LOCALE_COOKIE)?.value !== first) {
    response.cookies.set(LOCALE_COOKIE, first, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365, secure });
  }
  if (newCsrf) response.cookies.set(csrfName, newCsrf, { path: "/", httpOnly: true, sameSite: "lax", secure });
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api|auth|_next/static|_next/image|favicon.ico|robots.txt|icons/).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};

