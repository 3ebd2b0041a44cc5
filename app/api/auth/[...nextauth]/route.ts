import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { checkLimit, LIMITS, networkKey, recordAttempt } from "@/lib/auth/rate-limit";

type TContext = { params: Promise<{ nextauth: string[] }> };

const clientIp = (request: NextRequest) => request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? request.headers.get("x-real-ip");

async function handler(request: NextRequest, context: TContext) {
  const { nextauth } = await context.params;
  // Email-link requests are limited per network address here (next-auth's callbacks cannot see the request);
  // per-email limits and staff lock-out are in lib/auth/options.ts.
  if (request.method === "POST" && nextauth[0] === "signin" && nextauth[1] === "email") {
    const key = networkKey(clientIp(request));
    const limit = await checkLimit(key, "network", LIMITS.attemptsPerNetwork, false);
    if (limit.limited) return NextResponse.redirect(new URL(`/auth/sign-in?error=rate-limited:${limit.retryAfterMinutes}`, request.url), 303);
    await recordAttempt(key, "network", true);
  }
  return NextAuth(request as never, { params: await context.params } as never, authOptions()) as Promise<Response>;
}

export { handler as GET, handler as POST };
