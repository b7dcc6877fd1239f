import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REASON_TEMPLATES, reasonText } from "@/lib/explain/reason-text";
import { recommendResponse } from "@/lib/api/recommend-response";
import { recommend, type Recommendation } from "@/lib/domain/scoring/recommend";
import { reason, type Reason } from "@/lib/domain/reason";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { UI_LOCALES } from "@/lib/validation/localise-issues";
import type { NeedsInput } from "@/lib/needs/needs-schema";
import { TEST_AS_OF, makeAccelerator, makeCatalogue, makeNeeds, makeOffer, makeSubsidy } from "@/tests/fixtures/builders";
import type { Offer } from "@/lib/catalogue/offer-schema";

/**
 * Every reason code written in lib/domain: the string literals with a dot in the first
 * argument of each `reason(` call, including both arms of a conditional such as
 * `reason(kind === "quote" ? "cost.override-quote" : "cost.override-discount", …)`.
 */
function codesInSource(dir: string): Set<string> {
  const codes = new Set<string>();
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
  for (const file of files) {
    const src = readFileSync(join(dir, file), "utf8");
    for (const m of src.matchAll(/\breason\(/g)) {
      // Read the first argument: up to the first comma or ")" at bracket depth 0.
      let depth = 0;
      let i = m.index + m[0].length;
      const start = i;
      for (; i < src.length; i++) {
        const c = src[i];
        if (c === "(" || c === "[" || c === "{") depth++;
        else if (c === ")" || c === "]" || c === "}") {
          if (depth === 0) break;
          depth--;
        } else if (c === "," && depth === 0) break;
      }
      for (const lit of src.slice(start, i).matchAll(/"([a-z]+\.[a-z0-9-]+)"/g)) codes.add(lit[1]!);
    }
  }
  return codes;
}

const ENGINE_CODES = codesInSource(join(process.cwd(), "lib/domain"));
/** The arguments a template reads: `{name}` and ICU's `{name, plural, …}` (once each). */
const placeholders = (t: string) => [...new Set([...t.matchAll(/\{(\w+)(?:\}|,\s*(?:plural|select|selectordinal|number|date)\b)/g)].map((m) => m[1]!))].sort();

describe("reason templates", () => {
  it("the source scan finds the engine's codes, including the ones chosen in a conditional", () => {
    expect(ENGINE_CODES.size).toBeGreaterThanOrEqual(30);
    for (const c of [
      "exclude.budget",
      "cost.override-quote",
      "cost.override-discount",
      "ux.language-match",
      "ux.language-english",
      "ux.language-none",
    ]) {
      expect(ENGINE_CODES).toContain(c);
    }
  });

  it.each([...ENGINE_CODES].sort())("%s has a template in en, zh-HK and zh-CN", (code) => {
    for (const locale of UI_LOCALES) expect(REASON_TEMPLATES[code]?.[locale]?.trim() ?? "").not.toBe("");
  });

  it("has no template for a code the engine never emits", () => {
    expect(Object.keys(REASON_TEMPLATES).filter((c) => !ENGINE_CODES.has(c))).toEqual([]);
  });

  it.each(Object.keys(REASON_TEMPLATES).sort())("%s uses the same placeholders in every language", (code) => {
    const t = REASON_TEMPLATES[code]!;
    expect(placeholders(t["zh-HK"])).toEqual(placeholders(t.en));
    expect(placeholders(t["zh-CN"])).toEqual(placeholders(t.en));
  });
});

/*
 * Drive the real engine through scenarios that make it emit every code, so each template is
 * rendered with the parameters the engine actually passes (not ones the test invents).
 */
const small = makeAccelerator({ id: "small-gpu", name: "Small GPU", memoryGb: 40, bf16DenseTflops: 300, memoryBandwidthTbs: 1 });
const subsidies = [
  makeSubsidy({ id: "hk-aiss", coveragePct: 50, capHkd: 1000 }),
  makeSubsidy({ id: "uni-grant", coveragePct: 20, eligibleOrganisations: ["university"] }),
  makeSubsidy({ id: "sz-voucher", coveragePct: 50, city: "shenzhen" }),
  makeSubsidy({ id: "ending", coveragePct: 30, endsOn: "2027-06-30" }),
];
const scenarios: { name: string; offers: Offer[]; needs: Partial<NeedsInput> }[] = [
  {
    name: "ranked: a city voucher outside its city, a scheme that ends mid-project",
    offers: [
      makeOffer({
        id: "ends",
        subsidySchemes: ["ending", "sz-voucher"],
        location: { country: "CN", jurisdiction: "CN", city: "shanghai" },
      }),
    ],
    needs: { subsidies: ["ending", "sz-voucher"], durationMonths: 24 },
  },
  {
    name: "ranked: mainland-origin data sent to Hong Kong adds the export filing",
    offers: [makeOffer({ id: "filing" })],
    needs: { dataSensitivity: "mainland-origin" },
  },
  {
    name: "ranked: cost notes and every factor reason",
    offers: [
      makeOffer({
        id: "rich",
        accelerator: { allocation: "node", perNode: 8 },
        minimumPurchase: { acceleratorHours: 100_000 },
        commitments: [{ name: "1-month plan", minMonths: 1, discountPct: 10 }],
        certifications: ["iso27001"],
        tools: ["jupyter", "web-console"],
        subsidySchemes: ["hk-aiss", "uni-grant"],
      }),
      makeOffer({ id: "plain", accelerator: { perNode: 16 }, supportLanguages: ["ja"] }),
      makeOffer({ id: "zh", supportLanguages: ["zh-HK"], tools: ["jupyter"] }),
      makeOffer({ id: "quoted" }),
      makeOffer({ id: "discounted" }),
    ],
    needs: {
      peakGpus: 12,
      tools: ["jupyter"],
      supportLanguage: "zh-HK",
      subsidies: ["hk-aiss", "uni-grant"],
      priceOverrides: [
        { offerId: "quoted", quotedPricePerAcceleratorHour: 2, currency: "USD" },
        { offerId: "discounted", discountPct: 15 },
      ],
    },
  },
  {
    name: "excluded: one offer per rule",
    offers: [
      makeOffer({ id: "ex-cpu", accelerator: { model: "cpu-ref" } }),
      makeOffer({ id: "ex-jp", location: { country: "JP", jurisdiction: "JP" } }),
      makeOffer({ id: "ex-cn", location: { country: "CN", jurisdiction: "CN" } }),
      makeOffer({ id: "ex-model", accelerator: { model: "small-gpu" } }),
      makeOffer({ id: "ex-quota", maxAccelerators: 8 }),
      makeOffer({ id: "ex-span", interconnect: { multiNode: false, fabric: "NVLink", gbps: 0 } }),
      makeOffer({ id: "ex-elig", eligibility: { anyOf: ["university"] } }),
      makeOffer({ id: "ex-lead", leadTimeDays: 30 }),
      makeOffer({ id: "ex-budget" }),
    ],
    needs: {
      residency: "hk-or-mainland",
      dataSensitivity: "restricted",
      accelerator: { model: "h100-sxm", minMemoryGb: 80 },
      peakGpus: 16,
      startBy: "2026-12-01",
      budgetHkd: 1000,
    },
  },
  {
    name: "excluded: multi-node",
    offers: [makeOffer({ interconnect: { multiNode: false, fabric: "PCIe", gbps: 0 } })],
    needs: { multiNode: true },
  },
  { name: "excluded: CPU work on a GPU", offers: [makeOffer()], needs: { workload: "cpu-hpc" } },
  // A catalogue price near the float limit overflows the cost: the engine refuses it.
  { name: "excluded: cost out of range", offers: [makeOffer({ price: { perAcceleratorHour: 1e306 } })], needs: { gpuHoursPerMonth: 10_000_000, durationMonths: 120 } },
];

const runs: Recommendation[] = scenarios.map((s) =>
  recommend(makeNeeds(s.needs), DEFAULT_WEIGHTS, makeCatalogue({ offers: s.offers, accelerators: [small], subsidies }), {
    referenceDate: TEST_AS_OF,
  }),
);
const emitted: Reason[] = runs.flatMap((rec) => [
  ...rec.ranked.flatMap((r) => [...r.reasons, ...Object.values(r.factorDetails).flatMap((f) => f.reasons)]),
  ...rec.excluded.flatMap((e) => e.reasons),
]);

describe("rendering the engine's reasons", () => {
  it("the scenarios make the engine emit every code found in the source", () => {
    const seen = new Set(emitted.map((r) => r.code));
    expect([...ENGINE_CODES].filter((c) => !seen.has(c)).sort()).toEqual([]);
  });

  it.each(UI_LOCALES)("leaves no {placeholder} unfilled in %s", (locale) => {
    const bad = emitted.map((r) => [r.code, reasonText(r, locale)] as const).filter(([, text]) => /\{\w+\}/.test(text));
    expect(bad).toEqual([]);
    for (const r of emitted) expect(reasonText(r, locale)).not.toBe(r.code);
  });

  it.each([
    // Money as everywhere else on the page ("HK$"), not "HKD 1,234,567" / "1,234,567 港元".
    ["en", "Estimated cost HK$1,234,567 exceeds your budget of HK$1,000,000"],
    ["zh-HK", "估算成本 HK$1,234,567 超出你的預算 HK$1,000,000"],
    ["zh-CN", "估算成本 HK$1,234,567 超出你的预算 HK$1,000,000"],
  ] as const)("formats numbers with a pinned locale (%s)", (locale, expected) => {
    expect(reasonText(reason("exclude.budget", { costHkd: 1_234_567, budgetHkd: 1_000_000 }), locale)).toBe(expected);
  });

  it("rounds numbers to at most 2 decimals and translates enum ids into the UI language", () => {
    expect(reasonText(reason("cost.packaging", { perNode: 8, peak: 12, factor: 1.33333 }), "en")).toBe(
      "Sold in whole nodes of 8: 12 GPUs are billed as 1.33× the hours",
    );
    expect(reasonText(reason("exclude.residency", { rule: "hk-only", jurisdiction: "JP" }), "zh-HK")).toBe(
      "數據會存放於 日本，不符合你的駐留規則（只限香港）",
    );
    expect(reasonText(reason("approval.path", { path: "proposal-review", points: 40 }), "en")).toBe(
      "Application path: Proposal review (40/100)",
    );
    expect(reasonText(reason("ux.tools-missing", { list: "slurm, web-console" }), "zh-CN")).toMatch(/Slurm和网页控制台/);
    expect(reasonText(reason("exclude.eligibility", { anyOf: "host-country-entity" }), "en")).toContain(
      "Entity or research partner in the host country",
    );
  });

  it("writes every HKD amount as money and a sensitivity label without a doubled 'data'", () => {
    expect(reasonText(reason("cost.override-quote", { priceHkd: 12.5 }), "en")).toContain("HK$12.5 per accelerator-hour");
    expect(reasonText(reason("price.per-effective-hour", { hkd: 23.456 }), "zh-HK")).toContain("HK$23.46");
    expect(reasonText(reason("subsidy.capped", { scheme: "x", cap: 3_000_000 }), "en")).toContain("capped at HK$3,000,000");
    for (const locale of UI_LOCALES) {
      for (const r of emitted) expect(reasonText(r, locale)).not.toMatch(/HKD \d|\d 港元/);
    }
    const en = reasonText(reason("security.jurisdiction", { jurisdiction: "HK", fit: 100, sensitivity: "personal" }), "en");
    expect(en).toBe("Data held in Hong Kong SAR: fit 100/100 for data classed “Personal data (PDPO)”");
    expect(en).not.toMatch(/data\)? data/i);
    const zh = reasonText(reason("security.jurisdiction", { jurisdiction: "HK", fit: 100, sensitivity: "public" }), "zh-HK");
    expect(zh).toContain("「公開數據」");
    expect(zh).not.toMatch(/數據 數據/);
    expect(reasonText(reason("exclude.sensitivity", { sensitivity: "restricted", jurisdiction: "SG" }), "zh-CN")).not.toMatch(/数据 类数据/);
  });

  it("leaves unknown ids as they are rather than inventing a label", () => {
    expect(reasonText(reason("exclude.residency", { rule: "hk-only", jurisdiction: "XX" }), "en")).toContain("XX");
  });

  it("falls back to the code for an unknown reason and leaves a missing parameter visible", () => {
    expect(reasonText(reason("no.such-code", {}), "en")).toBe("no.such-code");
    expect(reasonText(reason("exclude.budget", { costHkd: 5 }), "en")).toBe("Estimated cost HK$5 exceeds your budget of {budgetHkd}");
  });
});

describe("recommendResponse", () => {
  it.each(UI_LOCALES)("attaches rendered text in %s to every reason, cost notes first", (locale) => {
    const res = recommendResponse(runs[0]!, locale);
    expect(res.locale).toBe(locale);
    expect(res.ranked.length).toBeGreaterThan(0);
    for (const r of res.ranked) {
      const source = runs[0]!.ranked.find((x) => x.offerId === r.offerId)!;
      const f = source.factorDetails;
      expect(r.reasons.map((x) => x.code)).toEqual(
        [
          ...source.reasons,
          ...f.price.reasons,
          ...f.security.reasons,
          ...f.performance.reasons,
          ...f.approval.reasons,
          ...f.ux.reasons,
        ].map((x) => x.code),
      );
      for (const x of r.reasons) expect(x.text).toBe(reasonText(x, locale));
    }
    for (const e of recommendResponse(runs[1]!, locale).excluded) {
      for (const x of e.reasons) expect(x.text).not.toMatch(/\{\w+\}/);
    }
  });
});

describe("reasonText: accelerator names in the reader's language", () => {
  it("a descriptive accelerator name is the locale's; a pure model name is the same in every language", () => {
    const r = reason("exclude.accelerator-model", { wanted: "cpu-2x-xeon-8358", offered: "h100-sxm" });
    expect(reasonText(r, "en")).toBe(
      "You asked for CPU node: 2 × Xeon Platinum 8358 class (64 Ice Lake cores, 512 GB DDR4); this option offers H100 SXM5 80 GB",
    );
    expect(reasonText(r, "zh-HK")).toBe(
      "你要求 CPU 節點：2 × Xeon Platinum 8358 或同級（64 個 Ice Lake 核心，512 GB DDR4）；此方案提供 H100 SXM5 80 GB",
    );
    expect(reasonText(r, "zh-CN")).toBe(
      "你要求 CPU 节点：2 × Xeon Platinum 8358 或同级（64 个 Ice Lake 核心，512 GB DDR4）；此方案提供 H100 SXM5 80 GB",
    );
  });
});
