import { describe, expect, it } from "vitest";
import { apiError } from "@/lib/http/api-error";

describe("apiError", () => {
  it("answers the code with an empty issue list, never cached, and keeps the route's own headers", async () => {
    const res = apiError("method-not-allowed", 405, { Allow: "GET, POST" });
    expect(res.status).toBe(405);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("allow")).toBe("GET, POST");
    expect(await res.json()).toEqual({ error: "method-not-allowed", issues: [] });
  });

  it("lets no caller header weaken no-store unless it names Cache-Control itself", () => {
    expect(apiError("too-many-requests", 429, { "Retry-After": "3" }).headers.get("cache-control")).toBe("no-store");
    expect(apiError("payload-too-large", 413, { "Cache-Control": "private" }).headers.get("cache-control")).toBe("private");
  });
});
