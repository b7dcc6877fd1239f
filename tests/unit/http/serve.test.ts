import { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it, vi } from "vitest";

/*
 * `npm start` (lib/http/serve.ts) with Next stood in for: the real start-up (env → next(),
 * prepare, then the app server listening) and the real Node server, without a production build.
 * Every Playwright run also starts it for real as its webServer.
 */
const calls: string[] = [];
const nextOptions: Record<string, unknown>[] = [];
vi.mock("next", () => ({
  default: (options: Record<string, unknown>) => {
    nextOptions.push(options);
    return {
      prepare: async () => {
        calls.push("prepare");
      },
      getRequestHandler: () => (req: { url?: string }, res: { end: (body: string) => void }) => res.end(`next:${req.url}`),
    };
  },
}));

const listening = new Promise<Server>((resolve) => {
  const listen = Server.prototype.listen;
  vi.spyOn(Server.prototype, "listen").mockImplementation(function (this: Server, ...args: unknown[]) {
    calls.push("listen");
    this.once("listening", () => resolve(this));
    return listen.apply(this, args as Parameters<typeof listen>);
  });
});

vi.stubEnv("PORT", "0");
vi.stubEnv("HOST", "127.0.0.1");
vi.stubEnv("HEADERS_TIMEOUT_MS", "4321");
const before = { SIGTERM: new Set(process.listeners("SIGTERM")), SIGINT: new Set(process.listeners("SIGINT")) };
const added = (signal: "SIGTERM" | "SIGINT") => process.listeners(signal).filter((l) => !before[signal].has(l));
vi.spyOn(console, "error").mockImplementation(() => {});
await import("@/lib/http/serve");
const server = await listening;
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

afterAll(async () => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) for (const l of added(signal)) process.off(signal, l);
  await new Promise((r) => server.close(r));
});

describe("npm start (serve.ts)", () => {
  it("starts Next in production mode on HOST and PORT, and listens only once Next is prepared", () => {
    expect(nextOptions).toEqual([expect.objectContaining({ dev: false, hostname: "127.0.0.1", port: 0 })]);
    expect(calls).toEqual(["prepare", "listen"]);
  });

  it("hands pages and API calls to Next unchanged", async () => {
    const res = await fetch(`${base}/zh-HK/catalogue?q=h100`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("next:/zh-HK/catalogue?q=h100");
  });

  it("answers a method Next cannot represent with 405 itself, never reaching Next", async () => {
    const res = await fetch(`${base}/api/recommend`, { method: "PUT" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toContain("POST");
    expect(await res.text()).not.toContain("next:");
  });

  it("applies the timeouts from the environment", () => {
    expect(server.headersTimeout).toBe(4321);
  });

  it("stops on SIGTERM and SIGINT", () => {
    expect(added("SIGTERM")).toHaveLength(1);
    expect(added("SIGINT")).toEqual(added("SIGTERM"));
  });
});
