/**
 * `npm start`: the production server. Next's own request handler behind the Node HTTP server
 * of app-server.ts, which `next start` cannot configure: header and request timeouts and a
 * 405 for methods Next cannot represent. Everything else — proxy.ts, pages, API routes — is
 * Next, unchanged. PORT (default 3123) and HOST (default 0.0.0.0).
 */
import next from "next";
import { createAppServer } from "./app-server";

async function main() {
  const port = Number(process.env.PORT ?? 3123);
  const hostname = process.env.HOST ?? "0.0.0.0";
  const app = next({ dev: false, hostname, port, dir: process.cwd() });
  await app.prepare();
  const server = createAppServer(app.getRequestHandler(), process.env);
  server.listen(port, hostname, () => {
    console.error(`Compute Advisor on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

void main();
