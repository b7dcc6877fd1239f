/**
 * The security headers every response carries (set by proxy.ts through `handleRequest`).
 *
 * The Content-Security-Policy is nonce-based: Next reads the nonce from the request's CSP
 * header while rendering and puts it on its own inline and chunk scripts, and
 * 'strict-dynamic' lets those scripts load the lazy chunks and the SMAA worker. No
 * 'unsafe-eval' outside `next dev` (React uses eval only to rebuild server stacks in
 * development). Inline *style attributes* stay allowed (`style-src-attr`): server-rendered
 * bars and chart boxes set widths with them, and an attribute cannot run script; `<style>`
 * elements need the nonce.
 */

export type SecurityHeaderOptions = {
  /** Fresh per request (base64), see `createNonce`; null for an API answer (API_CONTENT_SECURITY_POLICY). */
  nonce: string | null;
  /** `next dev`: allow eval (React's dev tooling) and inline style elements (the dev overlay). */
  dev: boolean;
  /** Served over HTTPS (directly or behind a proxy that says so): add HSTS. */
  https: boolean;
};

export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", ...(dev ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`])],
    ["style-src-attr", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'", ...(dev ? ["ws:"] : [])],
    ["worker-src", "'self'", "blob:"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/** Two years, the HSTS preload list's minimum; subdomains included. */
export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

/** Browser features the app never uses, switched off for it and anything it might embed. */
export const PERMISSIONS_POLICY =
  "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()";

/**
 * The policy of API answers (JSON, never rendered as a page): nothing may load or frame it.
 * Constant, so an API answer costs no nonce.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

export function securityHeaders({ nonce, dev, https }: SecurityHeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": nonce === null ? API_CONTENT_SECURITY_POLICY : contentSecurityPolicy(nonce, dev),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    // Share links carry the firm's needs in the query: other sites see only our origin.
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(https ? { "Strict-Transport-Security": HSTS_VALUE } : {}),
  };
}

/** 128 random bits, base64: unguessable per response, as CSP nonces must be. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/**
 * Whether the request reached us over HTTPS: the URL's scheme, or the first
 * `X-Forwarded-Proto` hop (a TLS-terminating proxy in front of `next start`).
 */
export function isHttps(url: URL, forwardedProto: string | null): boolean {
  if (url.protocol === "https:") return true;
  return (forwardedProto ?? "").split(",")[0]!.trim().toLowerCase() === "https";
}
