import { describe, expect, it } from "vitest";
import { METHOD_SECTIONS, type MethodSection } from "@/lib/explain/method-content";
import { PRICE_SCALE } from "@/lib/domain/scoring/price-score";
import { APPLICATION_PATH_POINTS, LEAD_TIME_SCALE_DAYS } from "@/lib/domain/scoring/approval-score";
import { CERTIFICATION_POINTS, SECURITY_WEIGHTS, TENANCY_POINTS } from "@/lib/domain/scoring/security-score";
import { INTERCONNECT_SCALE, PERFORMANCE_WEIGHTS, QUEUE_SCALE_DAYS, THROUGHPUT_SCALE } from "@/lib/domain/scoring/performance-score";
import { COMPUTE_SHARE } from "@/lib/domain/cost/relative-throughput";
import { HOURS_PER_MONTH } from "@/lib/domain/cost/estimate-cost";
import { STALE_AFTER_MONTHS } from "@/lib/catalogue/staleness";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { FACTORS } from "@/lib/domain/weights/weight-presets";
import { UI_LOCALES } from "@/lib/validation/localise-issues";

function section(id: string): MethodSection {
  const s = METHOD_SECTIONS.find((x) => x.id === id);
  if (!s) throw new Error(`no method section ${id}`);
  return s;
}
const formulas = (id: string) => section(id).formulas.join("\n");

describe("METHOD_SECTIONS", () => {
  it("has unique, non-empty ids", () => {
    const ids = METHOD_SECTIONS.map((s) => s.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z-]+$/);
  });

  it.each(METHOD_SECTIONS.map((s) => [s.id, s] as const))(
    "%s: title, every paragraph and table caption exist in en, zh-HK and zh-CN",
    (_, s) => {
      expect(s.body.length).toBeGreaterThan(0);
      for (const locale of UI_LOCALES) {
        expect(s.title[locale].trim()).not.toBe("");
        for (const p of s.body) expect(p[locale].trim()).not.toBe("");
        for (const t of s.tables ?? []) {
          expect(t.caption[locale].trim()).not.toBe("");
          expect(t.rows.length).toBeGreaterThan(0);
        }
      }
    },
  );

  it("covers the three UI locales and nothing else", () => {
    expect([...UI_LOCALES].sort()).toEqual(["en", "zh-CN", "zh-HK"]);
    for (const s of METHOD_SECTIONS) expect(Object.keys(s.title).sort()).toEqual(["en", "zh-CN", "zh-HK"]);
  });

  it("Chinese text is not a copy of the English", () => {
    for (const s of METHOD_SECTIONS) {
      expect(s.title["zh-HK"]).not.toBe(s.title.en);
      expect(s.title["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("price formulas show the live PRICE_SCALE constants", () => {
    const f = formulas("price");
    expect(f).toContain(`ln ${PRICE_SCALE.gpu.worstHkd} − ln x`);
    expect(f).toContain(`ln ${PRICE_SCALE.gpu.bestHkd})`);
    expect(f).toContain(`HKD ${PRICE_SCALE.cpu.bestHkd} → 100`);
    expect(f).toContain(`HKD ${PRICE_SCALE.cpu.worstHkd} → 0`);
  });

  it("security, performance and approval formulas show their live constants", () => {
    expect(formulas("security")).toContain(
      `${SECURITY_WEIGHTS.jurisdiction} × jurisdiction fit + ${SECURITY_WEIGHTS.certifications} × certification points + ${SECURITY_WEIGHTS.tenancy} × tenancy points`,
    );
    const perf = formulas("performance");
    expect(perf).toContain(
      `${PERFORMANCE_WEIGHTS.throughput} × throughput + ${PERFORMANCE_WEIGHTS.interconnect} × interconnect + ${PERFORMANCE_WEIGHTS.queue} × queue`,
    );
    expect(perf).toContain(`(${THROUGHPUT_SCALE.minLog2})`);
    expect(perf).toContain(`${THROUGHPUT_SCALE.maxLog2} −`);
    expect(perf).toContain(`÷ ${INTERCONNECT_SCALE.minGbps}`);
    expect(perf).toContain(`log₂(${INTERCONNECT_SCALE.maxGbps} ÷`);
    expect(perf).toContain(`days ÷ ${QUEUE_SCALE_DAYS}`);
    expect(formulas("approval")).toContain(`ln(1 + ${LEAD_TIME_SCALE_DAYS})`);
  });

  it("cost shows the workload compute shares and HOURS_PER_MONTH in every language", () => {
    for (const [k, v] of Object.entries(COMPUTE_SHARE)) expect(formulas("cost")).toContain(`${k} ${v}`);
    for (const locale of UI_LOCALES) expect(section("cost").body[0]![locale]).toContain(String(HOURS_PER_MONTH));
  });

  it("sources states STALE_AFTER_MONTHS in every language", () => {
    for (const locale of UI_LOCALES) expect(section("sources").body[0]![locale]).toContain(`${STALE_AFTER_MONTHS} `);
  });

  it("the weights formula matches DEFAULT_WEIGHTS to 4 decimals", () => {
    const f = formulas("weights");
    for (const factor of FACTORS) expect(f).toContain(`${factor} ${DEFAULT_WEIGHTS[factor].toFixed(4)}`);
  });

  it("point tables are the live constant tables", () => {
    const rows = section("security").tables!.map((t) => t.rows);
    expect(rows).toContainEqual(Object.entries(CERTIFICATION_POINTS).map(([k, v]) => [k, String(v)]));
    expect(rows).toContainEqual(Object.entries(TENANCY_POINTS).map(([k, v]) => [k, String(v)]));
    expect(section("approval").tables![0]!.rows).toEqual(Object.entries(APPLICATION_PATH_POINTS).map(([k, v]) => [k, String(v)]));
  });
});
