import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import compression from "compression";
import { deferHydration } from "./defer-hydration";
import { serverTimeouts, unsupportedMethod } from "./node-guard";
import { securityHeaders } from "./security-headers";

/** Next's request handler (`app.getRequestHandler()`), or any stand-in with its shape. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => Promise<unknown> | unknown;

/**
 * The Node HTTP server `npm start` runs (serve.ts): header and request timeouts from `env`
 * (serverTimeouts), and a 405 with `Allow` and the security headers for a method Next cannot
 * represent or an API route does not answer (unsupportedMethod) — Next itself would answer
 * TRACE with a 500 and a logged stack trace. Everything else goes to `handle`, compressed here
 * (gzip or brotli, by the `compression` middleware: next.config.js turns Next's own off) and,
 * for HTML, with the page's scripts loaded after its first paint (defer-hydration.ts), which
 * has to see the page before it is compressed.
 */
export function createAppServer(handle: NodeHandler, env: Record<string, string | undefined>): Server {
  const compress = compression();
  const server = createServer((req, res) => {
    const pathname = (req.url ?? "/").split("?")[0]!;
    const refused = unsupportedMethod(req.method, pathname);
    if (refused) {
      const https = (req.headers["x-forwarded-proto"] ?? "").toString().split(",")[0]!.trim() === "https";
      res.writeHead(refused.status, {
        ...securityHeaders({ nonce: null, dev: false, https }),
        Allow: refused.allow,
        "Cache-Control": "no-store",
        "Content-Type": "application/json",
        Connection: "close",
      });
      res.end(refused.body);
      return;
    }
    // compression's types are Express's; it reads and wraps only Node's own req/res members.
    compress(req as never, res as never, () => {
      deferHydration(req.method, res);
      void handle(req, res);
    });
  });
  Object.assign(server, serverTimeouts(env));
  return server;
}
