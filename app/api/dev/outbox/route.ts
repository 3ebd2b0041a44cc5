import { NextResponse, type NextRequest } from "next/server";
import { isOutboxAvailable, listOutbox } from "@/lib/dev/outbox";

export const dynamic = "force-dynamic";

/** Tests read messages here. Not found in production. */
export async function GET(request: NextRequest) {
  if (!isOutboxAvailable()) return new NextResponse(null, { status: 404 });
  const to = request.nextUrl.searchParams.get("to") ?? undefined;
  return NextResponse.json({ messages: await listOutbox(to) }, { headers: { "Cache-Control": "no-store" } });
}
