import { describe, expect, it } from "vitest";
import { bodyLimits, readJsonBody } from "@/lib/http/read-json-body";

const LIMITS = { maxBytes: 1024, timeoutMs: 2000 };
const enc = new TextEncoder();

/** A request whose body streams `chunks`, recording how many were pulled. */
function streamed(chunks: Uint8Array[], headers: Record<string, string> = {}, endless = false) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      if (pulled < chunks.length) c.enqueue(chunks[pulled]!);
      else if (endless) c.enqueue(new Uint8Array(100));
      else c.close();
      pulled++;
    },
  });
  const request = new Request("http://t/api", { method: "POST", body, headers, duplex: "half" } as RequestInit);
  return { request, pulled: () => pulled };
}

describe("readJsonBody", () => {
  it("parses a JSON body", async () => {
    const r = new Request("http://t/", { method: "POST", body: '{"a":[1,"é"]}' });
    expect(await readJsonBody(r, LIMITS)).toEqual({ ok: true, value: { a: [1, "é"] } });
  });

  it("bytes that are not UTF-8 are invalid JSON, and the next body still reads (the decoder keeps no state)", async () => {
    // A truncated three-byte character ("中" is E4 B8 AD), then a lone continuation byte.
    for (const bad of [[0x22, 0xe4, 0xb8], [0x22, 0x80, 0x22]]) {
      const r = new Request("http://t/", { method: "POST", body: new Uint8Array(bad) });
      expect(await readJsonBody(r, LIMITS)).toEqual({ ok: false, reason: "invalid-json" });
      const ok = new Request("http://t/", { method: "POST", body: enc.encode('"中"') });
      expect(await readJsonBody(ok, LIMITS)).toEqual({ ok: true, value: "中" });
    }
  });

  it("counts BYTES, not characters: 400 three-byte characters (400 chars, 1,202 bytes) is over 1,024", async () => {
    const text = JSON.stringify("中".repeat(400));
    expect(text.length).toBeLessThan(LIMITS.maxBytes);
    const r = new Request("http://t/", { method: "POST", body: text });
    expect(await readJsonBody(r, LIMITS)).toEqual({ ok: false, reason: "too-large" });
  });

  it("accepts a body of exactly the limit", async () => {
    const text = JSON.stringify("x".repeat(LIMITS.maxBytes - 2));
    expect(enc.encode(text).length).toBe(LIMITS.maxBytes);
    expect((await readJsonBody(new Request("http://t/", { method: "POST", body: text }), LIMITS)).ok).toBe(true);
  });

  it("refuses a declared Content-Length over the limit without reading the body", async () => {
    const s = streamed([enc.encode("{}")], { "content-length": "5000000000" });
    expect(await readJsonBody(s.request, LIMITS)).toEqual({ ok: false, reason: "too-large" });
    expect(s.pulled()).toBeLessThanOrEqual(1); // at most the stream's own first pull, never read through
  });

  it("stops reading an endless body at the limit", async () => {
    const s = streamed([], {}, true);
    expect(await readJsonBody(s.request, LIMITS)).toEqual({ ok: false, reason: "too-large" });
    // 100-byte chunks: 11 take it past 1,024; a few more may be buffered ahead, never thousands.
    expect(s.pulled()).toBeLessThan(20);
  });

  it("gives up on a body slower than the deadline", async () => {
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(enc.encode('{"a":'));
      },
    });
    const r = new Request("http://t/", { method: "POST", body, duplex: "half" } as RequestInit);
    const t0 = performance.now();
    expect(await readJsonBody(r, { maxBytes: 1024, timeoutMs: 150 })).toEqual({ ok: false, reason: "timeout" });
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it.each([
    ["not JSON", enc.encode("{nope")],
    ["invalid UTF-8", new Uint8Array([0x22, 0xff, 0xfe, 0x22])],
    ["empty", new Uint8Array()],
  ])("%s → invalid-json", async (_, bytes) => {
    expect(await readJsonBody(new Request("http://t/", { method: "POST", body: bytes }), LIMITS)).toEqual({ ok: false, reason: "invalid-json" });
  });

  it("no body → invalid-json", async () => {
    expect(await readJsonBody(new Request("http://t/", { method: "POST" }), LIMITS)).toEqual({ ok: false, reason: "invalid-json" });
  });
});

describe("bodyLimits", () => {
  it("256 KiB; REQUEST_BODY_TIMEOUT_MS or 10 s", () => {
    expect(bodyLimits({})).toEqual({ maxBytes: 262_144, timeoutMs: 10_000 });
    expect(bodyLimits({ REQUEST_BODY_TIMEOUT_MS: "2500" }).timeoutMs).toBe(2500);
    expect(bodyLimits({ REQUEST_BODY_TIMEOUT_MS: "soon" }).timeoutMs).toBe(10_000);
  });
});
