"use client";

import type { LocalisedIssue } from "@/lib/validation/localise-issues";

export type ApiFailure = { status: number; message: string; issues: LocalisedIssue[] };
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiFailure };

let token: Promise<string> | null = null;

/** The session's CSRF token (GET /api/auth/session issues it with the cookie), fetched once per page. */
export function csrfToken(refresh = false): Promise<string> {
  if (refresh || !token) {
    token = fetch("/api/auth/session", { cache: "no-store" })
      .then((r) => r.json() as Promise<{ csrfToken: string }>)
      .then((b) => b.csrfToken);
  }
  return token;
}

export function setCsrfToken(value: string) {
  token = Promise.resolve(value);
}

/**
 * JSON call to our API in the page's language, with the CSRF header on every mutating
 * request. Failures come back as values with the server's localised message and issues.
 */
export async function apiCall<T>(path: string, locale: string, init: { method?: string; body?: unknown } = {}): Promise<ApiResult<T>> {
  const method = init.method ?? "GET";
  const headers: Record<string, string> = { accept: "application/json" };
  if (method !== "GET") headers["x-csrf-token"] = await csrfToken();
  if (init.body !== undefined) headers["content-type"] = "application/json";
  const url = `${path}${path.includes("?") ? "&" : "?"}lang=${encodeURIComponent(locale)}`;
  let res: Response;
  try {
    res = await fetch(url, { method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body), cache: "no-store" });
  } catch (e) {
    return { ok: false, error: { status: 0, message: e instanceof Error ? e.message : String(e), issues: [] } };
  }
  const body = (await res.json().catch(() => ({}))) as { message?: string; issues?: LocalisedIssue[] } & T;
  if (!res.ok)
    return {
      ok: false,
      error: {
        status: res.status,
        message: body.message ?? (body.issues ?? []).map((i) => i.message).join(" · "),
        issues: body.issues ?? [],
      },
    };
  return { ok: true, data: body };
}
