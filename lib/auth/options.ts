import "server-only";
import { eq } from "drizzle-orm";
import type { NextAuthOptions } from "next-auth";
import type { EmailConfig } from "next-auth/providers/email";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { staffCredentials, users } from "@/db/schema";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { defaultLocale, isLocale, type TLocale } from "@/lib/i18n/config";
import { logger } from "@/lib/log";
import { notify } from "@/lib/notify";
import { isStaffRole, type TRole } from "@/lib/authz/permissions";
import { normaliseEmail } from "@/lib/accounts/normalise-email";
import { portalAdapter, type TPortalUser } from "./adapter";
import { DUMMY_HASH, verifyPassword } from "./password";
import { checkLimit, clearFailures, LIMITS, networkKey, recordAttempt } from "./rate-limit";
import { matchTotpStep } from "./totp";

/** Sessions last 8 hours: long enough for a working day at a library desk, short enough for shared computers. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
/** Email sign-in links work once, for 30 minutes. */
export const EMAIL_LINK_MAX_AGE_SECONDS = 30 * 60;

/** The sign-in error codes the sign-in pages translate. */
export type TSignInError = "staff-invalid" | "staff-locked" | "staff-rate-limited" | "rate-limited" | "staff-use-password";

export const localeFromUrl = (url: string | null | undefined): TLocale => {
  try {
    const parsed = new URL(url ?? "", "http://x");
    const inner = parsed.searchParams.get("callbackUrl");
    const pathname = inner ? new URL(inner, "http://x").pathname : parsed.pathname;
    const first = pathname.split("/")[1];
    return isLocale(first) ? first : defaultLocale;
  } catch {
    return defaultLocale;
  }
};

const ZStaffCredentials = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().min(1).max(200),
  code: z.string().trim().regex(/^\d{6}$/),
});

const clientIp = (headers: Record<string, unknown> | Headers | undefined): string | null => {
  if (!headers) return null;
  const get = (k: string) => (headers instanceof Headers ? headers.get(k) : (headers[k] as string | undefined));
  return get("x-forwarded-for")?.split(",")[0]?.trim() ?? get("x-real-ip") ?? null;
};

/** A signed-in failure is thrown as `code` or `code:minutes`; next-auth puts it in the sign-in page's ?error=. */
const fail = (code: TSignInError, minutes?: number): never => {
  throw new Error(minutes ? `${code}:${minutes}` : code);
};

async function authorizeStaff(raw: Record<string, string> | undefined, headers: Record<string, unknown> | undefined) {
  const parsed = ZStaffCredentials.safeParse(raw ?? {});
  const net = networkKey(clientIp(headers));
  const netCheck = await checkLimit(net, "network", LIMITS.attemptsPerNetwork, false);
  if (netCheck.limited) fail("staff-rate-limited", netCheck.retryAfterMinutes);
  await recordAttempt(net, "network", true);
  if (!parsed.success) return fail("staff-invalid");
  const { email, password, code } = parsed.data!;

  const lock = await checkLimit(email, "staff-password", LIMITS.staffFailuresPerAccount, true);
  if (lock.limited) fail("staff-locked", lock.retryAfterMinutes);

  const db = await getDb();
  const [row] = await db
    .select({ user: users, cred: staffCredentials })
    .from(users)
    .innerJoin(staffCredentials, eq(staffCredentials.userId, users.id))
    .where(eq(users.email, email));

  // Always run bcrypt so that response time does not reveal whether the account exists.
  const passwordOk = await verifyPassword(password, row?.cred.passwordHash ?? DUMMY_HASH);
  const step = row ? matchTotpStep(row.cred.totpSecret, code) : null;
  const replayed = step !== null && row?.cred.totpLastStep != null && step <= row.cred.totpLastStep;
  if (!row || row.user.disabledAt || !isStaffRole(row.user.role) || !passwordOk || step === null || replayed) {
    await recordAttempt(email, "staff-password", false);
    const after = await checkLimit(email, "staff-password", LIMITS.staffFailuresPerAccount, true);
    if (after.limited) fail("staff-locked", after.retryAfterMinutes);
    return fail("staff-invalid");
  }
  await db.update(staffCredentials).set({ totpLastStep: step }).where(eq(staffCredentials.userId, row.user.id));
  await clearFailures(email, "staff-password");
  logger.info({ event: "auth.staff.signed-in", userId: row.user.id, role: row.user.role });
  return { id: row.user.id, email: row.user.email, name: row.user.name, role: row.user.role, locale: row.user.locale } satisfies Partial<TPortalUser>;
}

const emailProvider: EmailConfig = {
  id: "email",
  type: "email",
  name: "Email",
  server: {},
  from: "noreply@wellbeing.northamptonshire.example",
  maxAge: EMAIL_LINK_MAX_AGE_SECONDS,
  options: {},
  async sendVerificationRequest({ identifier, url }) {
    const locale = localeFromUrl(url);
    const db = await getDb();
    const [existing] = await db.select({ role: users.role }).from(users).where(eq(users.email, normaliseEmail(identifier)));
    // Staff must use password and a second factor. Tell them so by email rather than on screen, so the page
    // does not reveal which addresses belong to staff.
    if (existing && isStaffRole(existing.role)) {
      await notify({ channel: "email", to: identifier, template: "staffUseStaffSignIn", locale, data: { url: `${env().NEXTAUTH_URL}/${locale}/staff/sign-in` } });
      return;
    }
    await notify({ channel: "email", to: identifier, template: "signInLink", locale, data: { url, minutes: String(EMAIL_LINK_MAX_AGE_SECONDS / 60) } });
  },
};

declare module "next-auth" {
  interface Session {
    user: { id: string; role: TRole; email: string; name?: string | null };
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    role?: TRole;
  }
}

export function authOptions(): NextAuthOptions {
  const e = env();
  return {
    secret: e.NEXTAUTH_SECRET,
    adapter: portalAdapter(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    useSecureCookies: e.NEXTAUTH_URL.startsWith("https://"),
    pages: { signIn: "/auth/sign-in", error: "/auth/sign-in", verifyRequest: "/auth/check-email" },
    providers: [
      emailProvider,
      CredentialsProvider({
        id: "staff",
        name: "Staff",
        credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
        authorize: (credentials, req) => authorizeStaff(credentials as Record<string, string>, req?.headers as Record<string, unknown>),
      }),
    ],
    callbacks: {
      async signIn({ user, account, email }) {
        if (account?.provider !== "email") return true;
        const address = normaliseEmail(user.email ?? "");
        if (email?.verificationRequest) {
          const limit = await checkLimit(address, "email-link", LIMITS.emailLinksPerAddress, false);
          if (limit.limited) return `/auth/sign-in?error=rate-limited:${limit.retryAfterMinutes}`;
          await recordAttempt(address, "email-link", true);
          return true;
        }
        // Following the link: a staff account can never be entered by email alone.
        const role = (user as Partial<TPortalUser>).role ?? "resident";
        return isStaffRole(role) ? "/auth/sign-in?error=staff-use-password" : true;
      },
      async jwt({ token, user }) {
        if (user) token.role = (user as Partial<TPortalUser>).role ?? "resident";
        return token;
      },
      async session({ session, token }) {
        session.user = { id: token.sub!, role: token.role ?? "resident", email: token.email ?? "", name: token.name };
        return session;
      },
      async redirect({ url, baseUrl }) {
        if (url.startsWith("/")) return `${baseUrl}${url}`;
        return new URL(url).origin === baseUrl ? url : baseUrl;
      },
    },
    logger: {
      error: (code) => logger.error({ event: "auth.error", nextAuthCode: code }),
      warn: (code) => logger.warn({ event: "auth.warn", nextAuthCode: code }),
      debug: () => undefined,
    },
  };
}
