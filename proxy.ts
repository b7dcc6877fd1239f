import type { NextRequest } from "next/server";
import { handleRequest } from "@/lib/http/handle-request";

/** Next 16's request proxy (formerly middleware): all logic is in lib/http/handle-request.ts. */
export function proxy(request: NextRequest) {
  return handleRequest(request);
}

export const config = {
  // Every path, static files included, so each response carries the security headers —
  // except the body routes (BODY_ROUTES in lib/http/handle-request.ts), which guard themselves.
  matcher: "/((?!api/(?:recommend|demand)(?:/|$)).*)",
};
