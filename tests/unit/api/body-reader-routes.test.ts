import { describe, expect, it } from "vitest";
import { POST as demandPost } from "@/app/api/demand/route";
import { MAX_BODY_BYTES, readJson } from "@/lib/consultations/http/route-kit";
import { DEMAND_MAX_BODY_BYTES } from "@/lib/demand/demand-limits";
import { DEMAND_BODY } from "@/tests/fixtures/demand-body";

/*
 * Every route that parses JSON goes through the byte-limited reader (lib/http/read-json-body.ts):
 * /api/demand directly, the consultation, intake and login routes through route-kit's readJson.
 * The limit counts BYTES: a body of multi-byte characters under the limit in characters but
 * over it in bytes is refused.
 */
const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  demandPost(new Request("http://localhost/api/demand", { method: "POST", body, headers: { "content-type": "application/json", ...headers }, duplex: "half" } as RequestInit));

/** A body that never ends: the reader must stop at the limit instead of waiting for it. */
function endless(chunk: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({ pull: (c) => c.enqueue(chunk) });
}

describe("POST /api/demand reads its body through the byte-limited reader", () => {
  it("answers a valid body", async () => {
    const res = await post(JSON.stringify(DEMAND_BODY));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
  }, 60_000);

  it("413 over 4 MiB counted in bytes (1,500,000 CJK characters = 4,500,000 bytes)", async () => {
    const text = JSON.stringify({ ...DEMAND_BODY, note: "中".repeat(1_500_000) });
    expect(text.length).toBeLessThan(DEMAND_MAX_BODY_BYTES);
    const res = await post(text);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: "payload-too-large", issues: [] });
  });

  it("413 from a declared Content-Length, and stops reading an endless body", async () => {
    expect((await post("{}", { "content-length": String(DEMAND_MAX_BODY_BYTES + 1) })).status).toBe(413);
    const res = await post(endless(new Uint8Array(4096).fill(0x20)), {});
    expect(res.status).toBe(413);
  });

  it.each(["", "{", "nul", "\u00ff"])("400 with a localised field error for a body that is not JSON: %j", async (text) => {
    const res = await demandPost(
      new Request("http://localhost/api/demand?lang=zh-HK", { method: "POST", body: text, headers: { "content-type": "application/json" } }),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; issues: { code: string; message: string }[] };
    expect(body.error).toBe("invalid-request");
    expect(body.issues[0]!.code).toBe("invalid_json");
    expect(body.issues[0]!.message).toMatch(/JSON/);
    expect(body.issues[0]!.message).not.toMatch(/^invalid JSON$/);
  });
});

describe("route-kit readJson (consultations, intake, login)", () => {
  const req = (body: BodyInit | null, headers: Record<string, string> = {}) => new Request("http://localhost/api/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);

  it("parses JSON; a blank or absent body is {}", async () => {
    expect(await readJson(req('{"client":"A"}'), "en")).toEqual({ ok: true, body: { client: "A" } });
    expect(await readJson(req("  \n"), "en")).toEqual({ ok: true, body: {} });
    expect(await readJson(req(null), "en")).toEqual({ ok: true, body: {} });
  });

  it("413 over 2 MiB counted in bytes, without reading an endless body", async () => {
    const chars = Math.floor(MAX_BODY_BYTES / 3) + 10; // under the limit in characters, over it in bytes
    const r = await readJson(req(JSON.stringify({ notes: "中".repeat(chars) })), "en");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.response.status).toBe(413);
    const e = await readJson(req(endless(new Uint8Array(65536).fill(0x20))), "zh-CN");
    expect(e.ok).toBe(false);
    if (!e.ok) {
      expect(e.response.status).toBe(413);
      expect(((await e.response.json()) as { message: string }).message).toBe("请求内容太大。");
    }
  });

  it("400 invalid-json in the caller's language", async () => {
    const r = await readJson(req("{client:"), "zh-HK");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.response.status).toBe(400);
      expect(await r.response.json()).toEqual({ error: "invalid-json", message: "請求內容不是有效的 JSON。" });
    }
  });
});
