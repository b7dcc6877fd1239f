import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getOrCreate } from "@/lib/i18n/text-cache";

describe("getOrCreate", () => {
  it("writes each key's value once, and gives the stored value for every later ask (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 40 }), (keys) => {
        const store = new Map<string, string>();
        const made: string[] = [];
        const answers = keys.map((k) => getOrCreate(store, k, () => (made.push(k), `text for ${k} #${made.length}`)));
        expect(made).toEqual([...new Set(keys)]);
        keys.forEach((k, i) => expect(answers[i]).toBe(`text for ${k} #${made.indexOf(k) + 1}`));
      }),
    );
  });

  it("works on a WeakMap keyed by objects, and nests", () => {
    const outer = new WeakMap<object, Map<string, number>>();
    const a = {};
    const b = {};
    getOrCreate(outer, a, () => new Map()).set("x", 1);
    expect(getOrCreate(outer, a, () => new Map()).get("x")).toBe(1);
    expect(getOrCreate(outer, b, () => new Map()).get("x")).toBeUndefined();
  });
});
