import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { encodeJson, jsonBytesResponse } from "@/lib/api/encode-json";

describe("encodeJson", () => {
  it("gives exactly TextEncoder's bytes, for any text (ASCII, CJK, astral, lone surrogates)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        expect([...encodeJson(text)]).toEqual([...new TextEncoder().encode(text)]);
      }),
      { numRuns: 500 },
    );
  });

  it("returns a buffer of its own: a later call never changes an earlier answer", () => {
    const first = encodeJson('{"name":"香港"}');
    const copy = [...first];
    encodeJson('{"name":"xxxxxxxxxxxxxxxxxxxxxxxxxx"}');
    expect([...first]).toEqual(copy);
    expect(first.byteLength).toBe(first.buffer.byteLength);
  });

  it("handles texts larger than its scratch buffer", () => {
    const big = "漢".repeat(200_000);
    const bytes = encodeJson(big);
    expect(bytes.byteLength).toBe(600_000);
    expect(new TextDecoder().decode(bytes)).toBe(big);
  });
});

describe("jsonBytesResponse", () => {
  it("sends the kept bytes as they are, to every response, without detaching or changing them", async () => {
    const bytes = encodeJson('{"ok":"香港"}');
    const copy = [...bytes];
    const a = jsonBytesResponse(bytes, { "Content-Type": "application/json", "Cache-Control": "no-store" });
    const b = jsonBytesResponse(bytes, { "Content-Type": "application/json" });
    expect([a.status, a.headers.get("content-type"), a.headers.get("cache-control")]).toEqual([200, "application/json", "no-store"]);
    expect(await a.json()).toEqual({ ok: "香港" });
    expect(new Uint8Array(await b.arrayBuffer())).toEqual(bytes);
    expect(bytes.byteLength).toBe(copy.length);
    expect([...bytes]).toEqual(copy);
    // Still usable after both were read: a third response gets the same bytes.
    expect(await jsonBytesResponse(bytes, {}).text()).toBe('{"ok":"香港"}');
  });
});
