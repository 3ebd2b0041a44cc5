import "server-only";
import { NextResponse } from "next/server";
import { getDb } from "@/lib/db";
import type { TDatabase } from "@/db/client";
import { logger } from "@/lib/log";
import { takeApiRequest } from "./rate-limit";

const CORS = { "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, OPTIONS", "Access-Control-Allow-Headers": "Content-Type" };

const clientIp = (request: Request) => request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? request.headers.get("x-real-ip");

export const orukJson = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  NextResponse.json(body, { status, headers: { ...CORS, "Cache-Control": "public, max-age=60", ...headers } });

/** Every ORUK endpoint: public (no key), CORS open to all, throttled per network address, JSON errors. */
export function orukRoute<C>(handler: (db: TDatabase, url: URL, context: C) => Promise<Response | unknown>) {
  return async (request: Request, context: C): Promise<Response> => {
    const limit = await takeApiRequest(clientIp(request));
    if (!limit.allowed) return orukJson({ error: "Too many requests. Try again shortly." }, 429, { "Retry-After": String(limit.retryAfterSeconds) });
    try {
      const result = await handler(await getDb(), new URL(request.url), context);
      return result instanceof Response ? result : orukJson(result);
    } catch (error) {
      logger.error({ err: error instanceof Error ? error.message : "unknown" }, "oruk api failed");
      return orukJson({ error: "Something went wrong." }, 500);
    }
  };
}

export const orukOptions = () => new Response(null, { status: 204, headers: CORS });
