import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { labelOr, type KeyedTranslator } from "@/lib/i18n/label-or";

const messages = {
  codes: {
    "over-budget": "Over budget",
    nested: { inner: "Inner label" },
  },
};

/** A real next-intl translator over a small namespace; any error is recorded, not thrown. */
function translator() {
  const errors: string[] = [];
  const t = createTranslator({ locale: "en", messages, namespace: "codes", onError: (e) => errors.push(e.code) });
  return { t: t as unknown as KeyedTranslator, errors };
}

describe("labelOr", () => {
  it("returns the message for a key the messages have", () => {
    const { t, errors } = translator();
    expect(labelOr(t, "over-budget")).toBe("Over budget");
    expect(labelOr(t, "nested.inner", "fallback")).toBe("Inner label");
    expect(errors).toEqual([]);
  });

  it("returns the raw key when the messages have none, without raising a missing-message error", () => {
    const { t, errors } = translator();
    expect(labelOr(t, "new-engine-code")).toBe("new-engine-code");
    expect(errors).toEqual([]);
  });

  it("returns the given fallback, not the key, when one is passed", () => {
    const { t } = translator();
    expect(labelOr(t, "new-engine-code", "New code")).toBe("New code");
    expect(labelOr(t, "new-engine-code", "")).toBe("");
  });

  it("does not call the translator for a missing key", () => {
    const calls: string[] = [];
    const t = Object.assign((key: never) => (calls.push(key), "translated"), { has: () => false }) as KeyedTranslator;
    expect(labelOr(t, "anything")).toBe("anything");
    expect(calls).toEqual([]);
  });

  it("asks the translator for exactly the key it was given", () => {
    const asked: string[] = [];
    const t = Object.assign((key: never) => `T(${key})`, {
      has: (key: never) => (asked.push(key), true),
    }) as KeyedTranslator;
    expect(labelOr(t, "a.b.c", "fallback")).toBe("T(a.b.c)");
    expect(asked).toEqual(["a.b.c"]);
  });
});
