import { request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createAppServer } from "@/lib/http/app-server";
import { API_CONTENT_SECURITY_POLICY, HSTS_VALUE } from "@/lib/http/security-headers";
import { NON_FETCH_METHOD_CASES, WRONG_METHOD_CASES } from "./refused-methods";

/*
 * npm start's server over a real socket, with a stand-in for Next's handler that records what
 * reached it: the methods Next cannot represent (TRACE, CONNECT, WebDAV) or an API route does
 * not answer never reach Next, and get a 405 with Allow and the security headers.
 */
let server: Server | null = null;
const reached: string[] = [];

async function start(env: Record<string, string | undefined> = {}): Promise<number> {
  reached.length = 0;
  server = createAppServer((req, res) => {
    reached.push(`${req.method} ${req.url}`);
    res.writeHead(200, { "Content-Type": "text/plain" });
    res.end("from next");
  }, env);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

/** node:http, not fetch: fetch refuses to send TRACE and CONNECT at all. */
function send(port: number, method: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, method, path, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("createAppServer (npm start)", () => {
  it.each([...NON_FETCH_METHOD_CASES, ...WRONG_METHOD_CASES])("%s %s → 405 from the server itself, Allow: %s, never reaching Next", async (method, path, allow) => {
    const port = await start();
    const res = await send(port, method, path);
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe(allow);
    expect(JSON.parse(res.body)).toEqual({ error: "method-not-allowed", issues: [] });
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.headers["content-security-policy"]).toBe(API_CONTENT_SECURITY_POLICY);
    expect(res.headers["x-frame-options"]).toBe("DENY");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["strict-transport-security"]).toBeUndefined();
    expect(reached).toEqual([]);
  });

  it("adds HSTS to its own 405 behind a TLS-terminating proxy", async () => {
    const port = await start();
    const res = await send(port, "TRACE", "/", { "x-forwarded-proto": "https" });
    expect(res.status).toBe(405);
    expect(res.headers["strict-transport-security"]).toBe(HSTS_VALUE);
  });

  it.each([
    ["GET", "/en"],
    ["POST", "/api/recommend?fields=summary"],
    ["HEAD", "/api/catalogue"],
    ["PUT", "/api/unknown"],
  ])("%s %s goes to Next unchanged", async (method, path) => {
    const port = await start();
    const res = await send(port, method, path);
    expect(res.status).toBe(200);
    expect(reached).toEqual([`${method} ${path}`]);
  });

  it("takes its header and request timeouts from the environment (Node's defaults hold a slow sender for 5 minutes)", async () => {
    await start({ HEADERS_TIMEOUT_MS: "2000", REQUEST_TIMEOUT_MS: "7000" });
    expect(server!.headersTimeout).toBe(2000);
    expect(server!.requestTimeout).toBe(7000);
    expect(server!.keepAliveTimeout).toBe(5000);
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    await start({});
    expect(server!.headersTimeout).toBe(10_000);
    expect(server!.requestTimeout).toBe(30_000);
  });
});
