/**
 * The methods each API route answers. Next answers an unknown method with a bare 500
 * (TRACE, CONNECT…) or a 405 without `Allow` (PUT on a GET route); the proxy answers every
 * method not listed here with 405 and the `Allow` header before the route is reached.
 * tests/unit/http/api-methods.test.ts checks this table against the route modules' exports.
 */
export const API_METHODS: Readonly<Record<string, readonly string[]>> = {
  "/api/recommend": ["POST", "OPTIONS"],
  "/api/demand": ["POST", "OPTIONS"],
  "/api/catalogue": ["GET", "HEAD", "OPTIONS"],
};

/** The allowed methods of an API path (trailing slash ignored), or null for a path that is not an API route. */
export function allowedMethods(pathname: string): readonly string[] | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  return API_METHODS[path] ?? null;
}
