import { describe, expect, it } from "vitest";
import { fieldLabelTable, validationTranslator } from "@/lib/validation/validation-messages";

describe("validation messages", () => {
  it("labels nested fields by dotted path, in each language", () => {
    expect(fieldLabelTable("en")["accelerator.minMemoryGb"]).toMatch(/memory/i);
    expect(fieldLabelTable("zh-HK")["accelerator.minMemoryGb"]).toMatch(/記憶體/);
    expect(fieldLabelTable("zh-CN")["accelerator.minMemoryGb"]).toMatch(/显存/);
    expect(Object.keys(fieldLabelTable("en")).some((k) => k.includes("/"))).toBe(false);
  });

  it("builds each table and translator once per locale, and the tables cannot be changed", () => {
    expect(fieldLabelTable("zh-HK")).toBe(fieldLabelTable("zh-HK"));
    expect(Object.isFrozen(fieldLabelTable("en"))).toBe(true);
    expect(validationTranslator("en")).toBe(validationTranslator("en"));
    expect(Object.keys(fieldLabelTable("zh-CN")).sort()).toEqual(Object.keys(fieldLabelTable("en")).sort());
  });
});
