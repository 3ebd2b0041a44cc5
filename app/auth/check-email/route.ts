import type { NextRequest } from "next/server";
import { forwardToLocalisedPage } from "../redirect";

export function GET(request: NextRequest) {
  const response = forwardToLocalisedPage(request, () => "/sign-in/check-email");
  response.headers.set("Location", response.headers.get("Location")!.split("?")[0]!);
  return response;
}
