import { APPLICATION_PATH_POINTS, LEAD_TIME_SCALE_DAYS } from "@/lib/domain/scoring/approval-score";
import { CERTIFICATION_POINTS, SECURITY_WEIGHTS, TENANCY_POINTS } from "@/lib/domain/scoring/security-score";
import { INTERCONNECT_SCALE, PERFORMANCE_WEIGHTS, QUEUE_SCALE_DAYS, THROUGHPUT_SCALE } from "@/lib/domain/scoring/performance-score";
import { PRICE_SCALE } from "@/lib/domain/scoring/price-score";
import { COMPUTE_SHARE } from "@/lib/domain/cost/relative-throughput";
import { HOURS_PER_MONTH } from "@/lib/domain/cost/estimate-cost";
import { STALE_AFTER_MONTHS } from "@/lib/catalogue/staleness";
import { allows, JURISDICTION_CLASSES, JURISDICTION_FIT, SENSITIVITY_ALLOWS } from "@/lib/domain/scoring/jurisdiction-policy";
import { DATA_SENSITIVITIES } from "@/lib/needs/needs-vocabulary";
import { DESTINATION_LAWS, EXPORT_FILING_DAYS } from "@/lib/domain/data-transfer";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { FACTORS } from "@/lib/domain/factors";
import { STUDY } from "@/lib/domain/study-figures";

/**
 * One section of the method page. Its words live in the "method" messages
 * (method.sections.<id>.title / .p1… / .f1… / .table1…, in en, zh-HK and zh-CN); this holds
 * only what the code knows: how many paragraphs, the figures they quote (as ICU parameters),
 * the constants each formula quotes and the constant tables — all imported from the modules
 * that use them, so the page cannot drift from the engine.
 */
export type MethodSection = {
  id: string;
  /** Number of paragraphs: messages p1 … pN. */
  paragraphs: number;
  /** Figures the paragraphs quote: numbers, or shares 0–1 for keys listed in `percentParams`. */
  params?: Record<string, number>;
  percentParams?: readonly string[];
  /** One entry per formula (messages f1 … fN): the constants it quotes, written as the code holds them. */
  formulas: readonly Record<string, string>[];
  /**
   * Constant tables: rows of [code, value]; captions are messages table1 … tableN. `rowLabels`
   * (and `valueLabels` for a list of codes) name the message group that labels the codes.
   */
  tables?: MethodTable[];
};

export type MethodTable = { rows: [string, string | readonly string[]][]; rowLabels?: string; valueLabels?: string };

const pts = (rec: Record<string, number>) => Object.entries(rec).map(([k, v]) => [k, String(v)] as [string, string]);
/** A formula's constants as the code holds them ("0.25", "-4"), whatever the page's locale. */
const quote = (rec: Record<string, number>) => Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, String(v)]));

/**
 * The method page's content. Every constant shown is imported from the module that uses it.
 */
export const METHOD_SECTIONS: MethodSection[] = [
  {
    id: "pipeline",
    paragraphs: 2,
    formulas: [{}, {}],
  },
  {
    id: "weights",
    paragraphs: 1,
    params: {
      firms: STUDY.firms,
      cloud: STUDY.usage.cloud,
      mainland: STUDY.usage.mainlandSupercomputing,
      overseas: STUDY.usage.overseasSupercomputing,
    },
    percentParams: ["cloud", "mainland", "overseas"],
    formulas: [quote({ n: FACTORS.length }), Object.fromEntries(FACTORS.map((f) => [f, DEFAULT_WEIGHTS[f].toFixed(4)]))],
  },
  {
    id: "cost",
    paragraphs: 1,
    params: { hoursPerMonth: HOURS_PER_MONTH },
    formulas: [
      {},
      quote({
        pretraining: COMPUTE_SHARE["llm-pretraining"],
        fineTuning: COMPUTE_SHARE["llm-fine-tuning"],
        dlTraining: COMPUTE_SHARE["dl-training"],
        inference: COMPUTE_SHARE.inference,
      }),
      {},
      {},
      {},
      {},
      {},
    ],
  },
  {
    id: "price",
    paragraphs: 1,
    formulas: [
      quote({ best: PRICE_SCALE.gpu.bestHkd, worst: PRICE_SCALE.gpu.worstHkd }),
      quote({ best: PRICE_SCALE.cpu.bestHkd, worst: PRICE_SCALE.cpu.worstHkd }),
    ],
  },
  {
    id: "security",
    paragraphs: 1,
    formulas: [quote(SECURITY_WEIGHTS)],
    tables: [
      {
        // The engine's own table; "✕" where the hard rule keeps the data out (SENSITIVITY_ALLOWS).
        rows: DATA_SENSITIVITIES.map((d) => [
          d,
          JURISDICTION_CLASSES.map((c) => {
            const sample = { hk: "HK", mainland: "CN", "strong-privacy": "JP", other: "US" } as const;
            return allows(SENSITIVITY_ALLOWS[d], sample[c]) ? String(JURISDICTION_FIT[d][c]) : "✕";
          }).join(" / "),
        ]),
        rowLabels: "advisor.form.sensitivity",
      },
      { rows: pts(CERTIFICATION_POINTS), rowLabels: "labels.certification" },
      { rows: pts(TENANCY_POINTS), rowLabels: "labels.tenancy" },
    ],
  },
  {
    // The cross-border rules of lib/domain/data-transfer.ts and the hard rule in jurisdiction-policy.ts.
    id: "transfers",
    paragraphs: 3,
    params: { gbaDays: EXPORT_FILING_DAYS["gba-standard-contract"], standardDays: EXPORT_FILING_DAYS["standard-contract"] },
    formulas: [],
    tables: [
      {
        rows: Object.entries(EXPORT_FILING_DAYS)
          .filter(([route]) => route !== "none")
          .map(([route, days]) => [route, String(days)] as [string, string]),
        rowLabels: "labels.warnings.route",
      },
      { rows: Object.entries(DESTINATION_LAWS), rowLabels: "labels.jurisdiction", valueLabels: "labels.law" },
    ],
  },
  {
    id: "performance",
    paragraphs: 1,
    formulas: [quote(PERFORMANCE_WEIGHTS), quote(THROUGHPUT_SCALE), quote(INTERCONNECT_SCALE), quote({ days: QUEUE_SCALE_DAYS }), {}],
  },
  {
    id: "approval",
    paragraphs: 1,
    formulas: [quote({ days: LEAD_TIME_SCALE_DAYS })],
    tables: [{ rows: pts(APPLICATION_PATH_POINTS), rowLabels: "labels.applicationPath" }],
  },
  {
    id: "ux",
    paragraphs: 1,
    formulas: [{}, {}, {}],
  },
  {
    id: "sources",
    paragraphs: 1,
    params: { staleMonths: STALE_AFTER_MONTHS },
    formulas: [],
  },
  {
    id: "methods",
    paragraphs: 3,
    formulas: [{}, {}, {}, {}],
  },
];

/** A method section's words in one language: what the page renders. */
export type MethodText = { title: string; paragraphs: string[]; formulas: string[]; captions: string[] };

/**
 * Puts a section's words together from the "method" messages: `message(key, values)` reads
 * method.sections.<id>.<key> (a translator bound to the namespace); `format` writes the
 * figures the paragraphs quote (numbers grouped, shares as percentages) in the page's locale.
 * Formulas get their constants as the code writes them, so "0.25" reads the same everywhere.
 */
export function methodSectionText(
  s: MethodSection,
  message: (key: string, values?: Record<string, string>) => string,
  format: { number: (n: number) => string; percent: (share: number) => string },
): MethodText {
  const values = Object.fromEntries(
    Object.entries(s.params ?? {}).map(([k, v]) => [k, s.percentParams?.includes(k) ? format.percent(v) : format.number(v)]),
  );
  const key = (leaf: string) => `sections.${s.id}.${leaf}`;
  return {
    title: message(key("title")),
    paragraphs: Array.from({ length: s.paragraphs }, (_, i) => message(key(`p${i + 1}`), values)),
    formulas: s.formulas.map((constants, i) => message(key(`f${i + 1}`), constants)),
    captions: (s.tables ?? []).map((_, i) => message(key(`table${i + 1}`))),
  };
}
