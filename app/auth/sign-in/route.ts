import type { NextRequest } from "next/server";
import { forwardToLocalisedPage } from "../redirect";

/** Staff errors (`staff-…`) go back to the staff sign-in page; everything else to the resident one. */
export function GET(request: NextRequest) {
  return forwardToLocalisedPage(request, (query) => (query.get("error")?.startsWith("staff-") ? "/staff/sign-in" : "/sign-in"));
}
