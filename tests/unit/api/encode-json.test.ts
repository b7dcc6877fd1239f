import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { encodeJson } from "@/lib/api/encode-json";

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
