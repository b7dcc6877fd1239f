/**
 * `npm start`: the production server. Next's own request handler behind a Node HTTP server
 * that `next start` cannot configure: header and request timeouts (serverTimeouts) and a
 * 405 for methods Next cannot represent (unsupportedMethod). Everything else — proxy.ts,
 * pages, API routes — is Next, unchanged. PORT (default 3123) and HOST (default 0.0.0.0).
 */
import { createServer } from "node:http";
import next from "next";
import { unsupportedMethod, serverTimeouts } from "./node-guard";
import { securityHeaders } from "./security-headers";

async function main() {
  const port = Number(process.env.PORT ?? 3123);
  const hostname = process.env.HOST ?? "0.0.0.0";
  const app = next({ dev: false, hostname, port, dir: process.cwd() });
  await app.prepare();
  const handle = app.getRequestHandler();

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
    void handle(req, res);
  });
  Object.assign(server, serverTimeouts(process.env));
  server.listen(port, hostname, () => {
    console.error(`Compute Advisor on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

void main();
