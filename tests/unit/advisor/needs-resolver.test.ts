import { describe, expect, it } from "vitest";
import { formPathFor, formValuesToNeedsInput } from "@/app/[locale]/_advisor/form-values-to-needs";
import { needsToFormValues, type NeedsFormValues } from "@/app/[locale]/_advisor/needs-form-values";
import { parseNeedsForm } from "@/app/[locale]/_advisor/needs-resolver";
import { NEEDS_PRESET_IDS } from "@/lib/needs/needs-preset-ids";
import { DEFAULT_NEEDS, needsPreset } from "@/lib/needs/needs-presets";
import { needsSchema } from "@/lib/needs/needs-schema";

const base = (): NeedsFormValues => needsToFormValues(DEFAULT_NEEDS);

describe("needsToFormValues / formValuesToNeedsInput", () => {
  it.each(NEEDS_PRESET_IDS)("round-trips the %s preset", (id) => {
    const needs = needsPreset(id);
    expect(needsSchema.parse(formValuesToNeedsInput(needsToFormValues(needs)))).toEqual(needs);
  });

  it("maps an empty budget (NaN) and an empty date to null", () => {
    const v = { ...base(), budgetHkd: Number.NaN, startBy: "" };
    const input = formValuesToNeedsInput(v);
    expect(input.budgetHkd).toBeNull();
    expect(input.startBy).toBeNull();
  });

  it("turns an override row into exactly one of discount or quote", () => {
    const v = {
      ...base(),
      priceOverrides: [
        { offerId: "x", mode: "discount" as const, amount: 20, currency: "HKD" as const },
        { offerId: "y", mode: "quote" as const, amount: 15, currency: "USD" as const },
      ],
    };
    expect(formValuesToNeedsInput(v).priceOverrides).toEqual([
      { offerId: "x", discountPct: 20, currency: "HKD" },
      { offerId: "y", quotedPricePerAcceleratorHour: 15, currency: "USD" },
    ]);
  });
});

describe("formPathFor", () => {
  it.each([
    [["gpuHoursPerMonth"], "gpuHoursPerMonth"],
    [["accelerator", "minMemoryGb"], "accelerator.minMemoryGb"],
    [["priceOverrides", 2, "discountPct"], "priceOverrides.2.amount"],
    [["priceOverrides", 0, "quotedPricePerAcceleratorHour"], "priceOverrides.0.amount"],
    [["priceOverrides", 1, "offerId"], "priceOverrides.1.offerId"],
  ] as const)("%j → %s", (path, expected) => {
    expect(formPathFor(path)).toBe(expected);
  });
});

describe("parseNeedsForm", () => {
  it("accepts the defaults", () => {
    const r = parseNeedsForm(base(), "en");
    expect(r).toEqual({ ok: true, needs: DEFAULT_NEEDS });
  });

  it.each([
    ["en", -5, "GPU-hours per month: must be at least 1"],
    ["zh-HK", -5, "每月 GPU 小時：必須不少於 1"],
    ["zh-CN", -5, "每月 GPU 小时：必须不少于 1"],
    ["en", Number.NaN, "GPU-hours per month: must be a number"],
    ["zh-HK", Number.NaN, "每月 GPU 小時：必須是數字"],
  ] as const)("%s: GPU-hours %s → %s", (locale, value, message) => {
    const r = parseNeedsForm({ ...base(), gpuHoursPerMonth: value }, locale);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.gpuHoursPerMonth?.message).toBe(message);
  });

  it("reports every invalid field, keyed by the form control's path", () => {
    const v = {
      ...base(),
      durationMonths: 1.5,
      storageTb: -1,
      priceOverrides: [{ offerId: "x", mode: "discount" as const, amount: 120, currency: "HKD" as const }],
    };
    const r = parseNeedsForm(v, "en");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(Object.keys(r.errors).sort()).toEqual(["durationMonths", "priceOverrides.0.amount", "storageTb"]);
      expect(r.errors["priceOverrides.0.amount"]?.message).toBe("Price override: discount (%): must be at most 100");
    }
  });
});
