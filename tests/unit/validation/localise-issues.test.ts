import { describe, expect, it } from "vitest";
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { FIELD_LABELS } from "@/lib/validation/field-labels";
import { localiseIssues } from "@/lib/validation/localise-issues";

const schema = z.object({
  gpuHoursPerMonth: z.number().positive(),
  durationMonths: z.number().int().min(1).max(60),
  startBy: z.iso.date(),
  tools: z.array(z.enum(["slurm", "kubernetes"])).min(1),
  organisation: z.object({ overseasEntities: z.array(z.string().regex(/^[A-Z]{2}$/)) }).strict(),
});

const messages = (input: unknown, locale: (typeof LOCALES)[number]) => {
  // The form and the API parse with reportInput, so an issue knows what was received.
  const r = schema.safeParse(input, { reportInput: true });
  if (r.success) throw new Error("expected issues");
  return localiseIssues(r.error.issues, locale).map((i) => i.message);
};

const bad = {
  gpuHoursPerMonth: -5,
  durationMonths: 100,
  startBy: "31/12/2026",
  tools: [],
  organisation: { overseasEntities: ["SG"], extra: 1 },
};

describe("localiseIssues", () => {
  it("names the field the way the form does and says what is wrong, in English", () => {
    expect(messages(bad, "en")).toEqual([
      "GPU-hours per month: must be greater than 0",
      "Duration (months): must be at most 60",
      "Start by (date): must be a valid date (YYYY-MM-DD)",
      "Tool preferences: needs at least 1 item(s)",
      "Organisation profile: has unknown field(s): extra",
    ]);
  });

  it("speaks Traditional Chinese on zh-HK and Simplified on zh-CN, with a full-width colon", () => {
    expect(messages(bad, "zh-HK")[0]).toBe("每月 GPU 小時：必須大於 0");
    expect(messages(bad, "zh-CN")[0]).toBe("每月 GPU 小时：必须大于 0");
    expect(messages({ ...bad, gpuHoursPerMonth: "x" }, "zh-HK")[0]).toBe("每月 GPU 小時：必須是數字");
  });

  it("says a missing field is required, and a NaN from an emptied number input is not a number", () => {
    expect(messages({}, "en")[0]).toBe("GPU-hours per month: is required");
    expect(messages({ ...bad, gpuHoursPerMonth: Number.NaN }, "en")[0]).toBe("GPU-hours per month: must be a number");
  });

  it("formats bounds with grouping in the UI locale", () => {
    const r = z.object({ budgetHkd: z.number().max(1_000_000) }).safeParse({ budgetHkd: 2_000_000 });
    expect(r.success).toBe(false);
    if (!r.success) expect(localiseIssues(r.error.issues, "en")[0]?.message).toBe("Budget ceiling (HKD): must be at most 1,000,000");
  });

  it("renders a refinement's own message with its parameters", () => {
    const share = z.number().superRefine((v, ctx) => {
      if (v > 0.9) ctx.addIssue({ code: "custom", message: "raw", params: { key: "subsidy-share-out-of-bounds", min: 0.5, max: 0.9 } });
    });
    const r = z.object({ subsidyShares: z.record(z.string(), share) }).safeParse({ subsidyShares: { "hk-aiss": 0.95 } });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(localiseIssues(r.error.issues, "en")[0]?.message).toBe("Subsidy shares: must be between 0.5 and 0.9 for this scheme");
  });

  // A record's keys are the client's: an inherited object member must not be read as a label.
  it.each(["constructor", "toString", "hasOwnProperty"])("names a field the client called %j by its own name", (key) => {
    const r = z.record(z.string(), z.number()).safeParse(JSON.parse(`{"${key}": "x"}`), { reportInput: true });
    expect(r.success).toBe(false);
    if (!r.success) {
      const [issue] = localiseIssues(r.error.issues, "en");
      expect(issue?.field).toBe(key);
      expect(issue?.message).toBe(`${key}: must be a number`);
    }
  });

  it("has a label for every field in all three languages", () => {
    for (const [path, byLocale] of Object.entries(FIELD_LABELS)) {
      for (const l of LOCALES) expect(byLocale[l], `${path} in ${l}`).not.toBe("");
    }
  });
});
