import { describe, expect, it } from "vitest";
import { FIELD_LABELS, fieldLabelsFor } from "@/lib/validation/field-labels";
import { UI_LOCALES } from "@/lib/validation/localise-issues";

describe("fieldLabelsFor", () => {
  it.each(UI_LOCALES)("gives every field path its %s label and nothing else", (locale) => {
    const labels = fieldLabelsFor(locale);
    expect(Object.keys(labels).sort()).toEqual(Object.keys(FIELD_LABELS).sort());
    for (const [path, byLocale] of Object.entries(FIELD_LABELS)) expect(labels[path]).toBe(byLocale[locale]);
  });
});
