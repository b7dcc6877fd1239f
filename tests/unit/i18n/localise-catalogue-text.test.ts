import { describe, expect, it } from "vitest";
import { buildCatalogueRows } from "@/app/[locale]/catalogue/_components/build-catalogue-rows";
import { catalogue } from "@/lib/catalogue/catalogue";
import { matchesSearch } from "@/lib/catalogue/search-text";
import { clientCatalogue } from "@/lib/catalogue/client-catalogue";
import { LOCAL_NAME_LOCALES } from "@/lib/catalogue/catalogue-vocabulary";
import { acceleratorFileSchema, offerI18nSchema } from "@/lib/catalogue/offer-schema";
import { recommend } from "@/lib/domain/scoring/recommend";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { acceleratorName, localiseCatalogue, offerFabric, offerNames } from "@/lib/i18n/local-names";
import type { Locale } from "@/lib/i18n/locales";
import { NEEDS_PRESET_IDS } from "@/lib/needs/needs-preset-ids";
import { needsPreset } from "@/lib/needs/needs-presets";
import { makeAccelerator, makeCatalogue, makeOffer } from "@/tests/fixtures/builders";

/**
 * The offer's interconnect description and the accelerators' descriptive names speak the page's
 * language: localiseCatalogue() swaps them in from the data's `i18n`, so the engine (rule checks,
 * accelerator names) run on the localised catalogue answers in it too.
 */

const FABRIC_HK = "InfiniBand（假設每節點 4 × 200 Gb/s）";
const FABRIC_CN = "InfiniBand（假设每节点 4 × 200 Gb/s）";
const FABRIC_EN = "InfiniBand (assumed 4 × 200 Gb/s per node)";

function fixture() {
  const offer = makeOffer({
    interconnect: { multiNode: true, fabric: FABRIC_EN, gbps: 800 },
    i18n: {
      "zh-HK": { provider: "測試雲", name: "測試 8 × GPU", location: "香港", fabric: FABRIC_HK },
      "zh-CN": { provider: "测试云", name: "测试 8 × GPU", location: "香港", fabric: FABRIC_CN },
    },
  });
  const cpu = makeAccelerator({
    id: "cpu-test",
    name: "CPU node: 2 × EPYC 9654 class",
    i18n: { "zh-HK": { name: "CPU 節點：2 × EPYC 9654 或同級" }, "zh-CN": { name: "CPU 节点：2 × EPYC 9654 或同级" } },
  });
  const plain = makeAccelerator({ id: "plain-test", name: "H100 SXM5 80 GB" });
  return makeCatalogue({ offers: [offer], accelerators: [cpu, plain] });
}

describe("localiseCatalogue: interconnect and accelerator text", () => {
  it.each([
    ["zh-HK", FABRIC_HK, "CPU 節點：2 × EPYC 9654 或同級"],
    ["zh-CN", FABRIC_CN, "CPU 节点：2 × EPYC 9654 或同级"],
    ["en", FABRIC_EN, "CPU node: 2 × EPYC 9654 class"],
  ] as const)("in %s the offer's fabric and the accelerator's name are the page's", (locale, fabric, cpuName) => {
    const local = localiseCatalogue(fixture(), locale);
    expect(local.offers[0]?.interconnect.fabric).toBe(fabric);
    expect(local.accelerators.find((a) => a.id === "cpu-test")?.name).toBe(cpuName);
    // A pure model name has no i18n and stays as it is.
    expect(local.accelerators.find((a) => a.id === "plain-test")).toEqual(fixture().accelerators.find((a) => a.id === "plain-test"));
    // The other interconnect figures are untouched.
    expect(local.offers[0]?.interconnect).toMatchObject({ multiNode: true, gbps: 800 });
  });

  it("keeps the English in i18n.en, so it stays reachable (and a second localisation keeps it)", () => {
    for (const locale of LOCAL_NAME_LOCALES) {
      const once = localiseCatalogue(fixture(), locale);
      const twice = localiseCatalogue(once, locale);
      for (const c of [once, twice]) {
        expect(offerFabric(c.offers[0]!, "en")).toBe(FABRIC_EN);
        expect(offerNames(c.offers[0]!, "en").provider).toBe(fixture().offers[0]?.provider);
        expect(
          acceleratorName(
            c.accelerators.find((a) => a.id === "cpu-test")!,
            "en",
          ),
        ).toBe("CPU node: 2 × EPYC 9654 class");
      }
      // Localised to Chinese, then to English: the English is back.
      const back = localiseCatalogue(once, "en");
      expect(back.offers[0]?.interconnect.fabric).toBe(FABRIC_EN);
      expect(back.accelerators.find((a) => a.id === "cpu-test")?.name).toBe("CPU node: 2 × EPYC 9654 class");
    }
  });

  it("offerNames still gives the three names only (no fabric leaks into them)", () => {
    expect(offerNames(fixture().offers[0]!, "zh-HK")).toEqual({ provider: "測試雲", name: "測試 8 × GPU", location: "香港" });
  });

  it("an offer without a local fabric keeps its English fabric on a Chinese page", () => {
    const offer = makeOffer({ interconnect: { multiNode: false, fabric: "VPC Ethernet", gbps: 25 } });
    expect(localiseCatalogue(makeCatalogue({ offers: [offer] }), "zh-HK").offers[0]?.interconnect.fabric).toBe("VPC Ethernet");
  });

  it("leaves the catalogue it is given as it was", () => {
    const c = fixture();
    const before = JSON.stringify(c);
    localiseCatalogue(c, "zh-HK");
    expect(JSON.stringify(c)).toBe(before);
  });
});

describe("schema: local fabric and accelerator names", () => {
  const names = { provider: "p", name: "n", location: "l" };
  it("a local fabric is given in both Chinese locales or in neither", () => {
    expect(offerI18nSchema.safeParse({ "zh-HK": names, "zh-CN": names }).success).toBe(true);
    expect(offerI18nSchema.safeParse({ "zh-HK": { ...names, fabric: "甲" }, "zh-CN": { ...names, fabric: "乙" } }).success).toBe(true);
    const half = offerI18nSchema.safeParse({ "zh-HK": { ...names, fabric: "甲" }, "zh-CN": names });
    expect(half.success).toBe(false);
    expect(half.error?.issues.map((i) => i.path.join("."))).toEqual(["zh-CN.fabric"]);
    expect(offerI18nSchema.safeParse({ "zh-HK": { ...names, fabric: "" }, "zh-CN": { ...names, fabric: "乙" } }).success).toBe(false);
  });

  it("an accelerator's i18n needs a name in every Chinese locale and nothing else", () => {
    const file = (i18n: unknown) => ({ referenceModel: "x", referenceCpuModel: "x", accelerators: [{ ...makeAccelerator(), i18n }] });
    expect(acceleratorFileSchema.safeParse(file({ "zh-HK": { name: "甲" }, "zh-CN": { name: "乙" } })).success).toBe(true);
    expect(acceleratorFileSchema.safeParse(file({ "zh-HK": { name: "甲" } })).success).toBe(false);
    expect(acceleratorFileSchema.safeParse(file({ "zh-HK": { name: "甲" }, "zh-CN": { name: "乙" }, en: { name: "c" } })).success).toBe(
      false,
    );
  });
});

/** Latin words a Chinese interconnect text or accelerator name may keep: technology, product and unit names. */
const LATIN_PHRASES = [
  "1-Click Clusters",
  "Instant Clusters",
  "EC2 UltraCluster",
  "TH Express",
  "HPE Slingshot",
  "Grace Hopper",
  "Ice Lake",
  "Xeon Platinum",
];
const LATIN_WORDS = new Set(
  (
    "InfiniBand NDR NDR200 HDR EFA ENA RoCE RDMA HPN GPUDirect TCPX TCPXO VPC Ethernet NVLink Slingshot GPU CPU PoC Pod " +
    "Gb Tb GbE GB DDR4 DDR5 SXM SXM4 SXM5 HGX DGX EPYC Xeon Zen Hopper Ascend AWS TSUBAME"
  ).split(" "),
);

/** The Latin words of `text` outside the allow-lists (words of two letters or more; "v2", "4c" are versions). */
function strayLatin(text: string): string[] {
  const rest = LATIN_PHRASES.reduce((t, p) => t.split(p).join(" "), text);
  return (rest.match(/[A-Za-z][A-Za-z0-9]+/g) ?? []).filter((w) => !LATIN_WORDS.has(w) && !/^[A-Z]+\d+[A-Z]?\d*$|^[a-z]\d+$|^\d/.test(w));
}

describe("the catalogue's data: every offer's fabric and every descriptive accelerator name in both Chinese locales", () => {
  it("the allow-list check catches English descriptive words", () => {
    expect(strayLatin("InfiniBand (assumed 200 Gb/s per node)")).toEqual(["assumed", "per", "node"]);
    expect(strayLatin("InfiniBand（假設每節點 4 × 200 Gb/s）")).toEqual([]);
  });

  it.each(LOCAL_NAME_LOCALES)("every offer has a %s fabric with no English descriptive words", (locale) => {
    const missing = catalogue.offers.filter((o) => o.i18n[locale].fabric === undefined).map((o) => o.id);
    expect(missing).toEqual([]);
    const stray = catalogue.offers.map((o) => [o.id, strayLatin(o.i18n[locale].fabric ?? "")] as const).filter(([, w]) => w.length > 0);
    expect(stray).toEqual([]);
  });

  it.each(LOCAL_NAME_LOCALES)("every accelerator name with English descriptive words has a %s name without them", (locale) => {
    const english = catalogue.accelerators.filter((a) => strayLatin(a.name).length > 0);
    expect(english.length).toBeGreaterThan(0); // "CPU node: …", "(AWS variant of the A10)" …
    expect(english.filter((a) => a.i18n === undefined).map((a) => a.id)).toEqual([]);
    const stray = catalogue.accelerators
      .map((a) => [a.id, strayLatin(acceleratorName(a, locale))] as const)
      .filter(([, w]) => w.length > 0);
    expect(stray).toEqual([]);
  });

  it("the Traditional and Simplified texts differ where they hold Chinese words that differ", () => {
    // A copy of one locale into the other would pass every check above; 節/节, 設/设, 個/个 tell them apart.
    const withNode = catalogue.offers.filter((o) => (o.i18n["zh-HK"].fabric ?? "").includes("節點"));
    expect(withNode.length).toBeGreaterThan(0);
    for (const o of withNode) expect(o.i18n["zh-CN"].fabric).toContain("节点");
  });
});

describe("recommend() on the localised catalogue: rule checks carry the local fabric", () => {
  const REFERENCE_DATE = "2026-12-03";
  it.each(LOCAL_NAME_LOCALES)("in %s, no multi-node check of any offer × preset shows English descriptive words", (locale: Locale) => {
    const local = localiseCatalogue(clientCatalogue(catalogue), locale);
    let checked = 0;
    for (const id of NEEDS_PRESET_IDS) {
      const rec = recommend(needsPreset(id), DEFAULT_WEIGHTS, local, { referenceDate: REFERENCE_DATE });
      for (const option of [...rec.ranked, ...rec.excluded]) {
        for (const check of option.ruleChecks) {
          if (check.rule !== "multi-node") continue;
          checked += 1;
          expect(strayLatin(check.offer.fabric), `${id} / ${option.offerId}: ${check.offer.fabric}`).toEqual([]);
        }
      }
      for (const option of rec.ranked) expect(strayLatin(option.accelerator.name), option.offerId).toEqual([]);
    }
    expect(checked).toBeGreaterThanOrEqual(catalogue.offers.length);
  });

  it("the same run on the English catalogue shows the English fabric (the check can tell the two apart)", () => {
    const rec = recommend(needsPreset(NEEDS_PRESET_IDS[0]), DEFAULT_WEIGHTS, localiseCatalogue(catalogue, "en"), {
      referenceDate: REFERENCE_DATE,
    });
    const fabrics = [...rec.ranked, ...rec.excluded].flatMap((o) =>
      o.ruleChecks.flatMap((c) => (c.rule === "multi-node" ? [c.offer.fabric] : [])),
    );
    expect(fabrics.some((f) => strayLatin(f).length > 0)).toBe(true);
  });
});

describe("the catalogue page's rows: local fabric and accelerator names, English still found", () => {
  const labels = { family: String, jurisdiction: String, applicationPath: String, region: String };
  it.each([
    ["zh-HK", "A10G 24 GB（AWS 版 A10）", "最高 10 Gb/s Ethernet（單 GPU）"],
    ["zh-CN", "A10G 24 GB（AWS 版 A10）", "最高 10 Gb/s Ethernet（单 GPU）"],
    ["en", "A10G 24 GB (AWS variant of the A10)", "Up to 10 Gb/s Ethernet (single GPU)"],
  ] as const)("in %s the A10G offer shows the page's accelerator name and interconnect", (locale, accelerator, fabric) => {
    const rows = buildCatalogueRows(catalogue, locale, labels, catalogue.reviewedOn);
    const row = rows.find((r) => r.offer.id === "aws-hk-g5-a10g");
    expect(row?.acceleratorName).toBe(accelerator);
    expect(row?.offer.interconnect.fabric).toBe(fabric);
    // The English accelerator name still finds it on every page.
    expect(rows.filter((r) => matchesSearch(r.searchText, "AWS variant")).map((r) => r.offer.id)).toContain("aws-hk-g5-a10g");
  });
});
