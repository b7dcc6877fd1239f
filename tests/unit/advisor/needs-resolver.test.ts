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

  it("maps an empty budget and an empty date to null", () => {
    const v = { ...base(), budgetHkd: "", startBy: "" };
    const input = formValuesToNeedsInput(v);
    expect(input.budgetHkd).toBeNull();
    expect(input.startBy).toBeNull();
    expect(formValuesToNeedsInput({ ...base(), budgetHkd: "250000" }).budgetHkd).toBe(250000);
  });

  it("a preset without a budget puts no NaN into the budget input (the browser warns of it)", () => {
    const values = needsToFormValues({ ...DEFAULT_NEEDS, budgetHkd: null });
    expect(values.budgetHkd).toBe("");
    expect(needsToFormValues({ ...DEFAULT_NEEDS, budgetHkd: 1e6 }).budgetHkd).toBe("1000000");
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
    // An emptied number input (NaN) is a missing value: "required", as the API says, not "must be a number".
    ["en", Number.NaN, "GPU-hours per month: is required"],
    ["zh-HK", Number.NaN, "每月 GPU 小時：必須填寫"],
  ] as const)("%s: GPU-hours %s → %s", (locale, value, message) => {
    const r = parseNeedsForm({ ...base(), gpuHoursPerMonth: value }, locale);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.gpuHoursPerMonth?.message).toBe(message);
  });

  it("an emptied required number says 'is required' for every number field, whole or not", () => {
    const r = parseNeedsForm({ ...base(), durationMonths: Number.NaN, peakGpus: Number.NaN, storageTb: Number.NaN }, "en");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.durationMonths?.message).toBe("Duration (months): is required");
      expect(r.errors.peakGpus?.message).toBe("Peak concurrent GPUs: is required");
      expect(r.errors.storageTb?.message).toBe("Storage (TB): is required");
    }
  });

  it("refuses a start date before today (given by the caller), naming the field; today and later pass", () => {
    const past = parseNeedsForm({ ...base(), startBy: "2026-12-02" }, "en", "2026-12-03");
    expect(past.ok).toBe(false);
    if (!past.ok) {
      expect(Object.keys(past.errors)).toEqual(["startBy"]);
      expect(past.errors.startBy?.message).toBe("Start by (date): must be today (2026-12-03) or later");
    }
    const zh = parseNeedsForm({ ...base(), startBy: "2020-01-01" }, "zh-HK", "2026-12-03");
    if (!zh.ok) expect(zh.errors.startBy?.message).toMatch(/不可早於今天/);
    expect(zh.ok).toBe(false);
    expect(parseNeedsForm({ ...base(), startBy: "2026-12-03" }, "en", "2026-12-03").ok).toBe(true);
    expect(parseNeedsForm({ ...base(), startBy: "" }, "en", "2026-12-03").ok).toBe(true);
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
