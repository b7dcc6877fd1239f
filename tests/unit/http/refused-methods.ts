/*
 * Requests that must get a 405 naming the methods the path does answer (Allow), at every layer
 * that refuses them: npm start's server before Next (lib/http/node-guard.ts, app-server.ts) and
 * the proxy in front of the routes (lib/http/handle-request.ts). One list, so the layers are
 * held to the same routes and the same Allow values.
 */

/** Standard methods a route does not answer: refused by npm start's server and by the proxy alike. */
export const WRONG_METHOD_CASES = [
  ["GET", "/api/recommend", "POST, OPTIONS"],
  ["PATCH", "/api/recommend", "POST, OPTIONS"],
  ["DELETE", "/api/recommend", "POST, OPTIONS"],
  ["PUT", "/api/catalogue", "GET, HEAD, OPTIONS"],
  ["DELETE", "/api/catalogue/", "GET, HEAD, OPTIONS"],
] as const;

/** Methods fetch cannot send (TRACE, WebDAV): only npm start's server sees them, and refuses them before Next. */
export const NON_FETCH_METHOD_CASES = [
  ["TRACE", "/api/recommend", "POST, OPTIONS"],
  ["TRACE", "/en/catalogue?x=1", "GET, HEAD"],
  ["PROPFIND", "/api/catalogue", "GET, HEAD, OPTIONS"],
] as const;
