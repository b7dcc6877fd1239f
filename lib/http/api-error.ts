/**
 * The API's non-validation errors: `{ error: <code>, issues: [] }` (the same shape as a 400,
 * whose `issues` list the fields), never a stack trace or a path. Every API answer is
 * `Cache-Control: no-store` unless a route says otherwise (the catalogue's ETag).
 */
export type ApiErrorCode = "payload-too-large" | "request-timeout" | "method-not-allowed" | "too-many-requests" | "unsupported-media-type";

export const API_NO_STORE = { "Cache-Control": "no-store" } as const;

export function apiError(code: ApiErrorCode, status: number, headers: Record<string, string> = {}): Response {
  return Response.json({ error: code, issues: [] }, { status, headers: { ...API_NO_STORE, ...headers } });
}
