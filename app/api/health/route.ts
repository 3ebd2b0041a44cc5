import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import { getDb } from "@/lib/db";
import { logger } from "@/lib/log";

export const dynamic = "force-dynamic";

/** Load balancer health check: 200 when the database answers, 503 when it does not. */
export async function GET() {
  const started = performance.now();
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return NextResponse.json({ status: "ok", database: "ok", ms: Math.round(performance.now() - started) }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    logger.error({ event: "health.database-unavailable", err: error });
    return NextResponse.json({ status: "unavailable", database: "unavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
