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
 * (method.sections.<id>.title / .p1… / .table1…, in en, zh-HK and zh-CN); this holds only
 * what the code knows: how many paragraphs, the figures they quote (as ICU parameters), the
 * language-neutral formulas and the constant tables — all imported from the modules that use them.
 */
export type MethodSection = {
  id: string;
  /** Number of paragraphs: messages p1 … pN. */
  paragraphs: number;
  /** Figures the paragraphs quote: numbers, or shares 0–1 for keys listed in `percentParams`. */
  params?: Record<string, number>;
  percentParams?: readonly string[];
  /** Formulas, language-neutral, built from the constants the code uses (so they cannot drift). */
  formulas: string[];
  /** Constant tables: rows of [label, value]; captions are messages table1 … tableN. */
  tables?: { rows: [string, string][] }[];
};

const pts = (rec: Record<string, number>) => Object.entries(rec).map(([k, v]) => [k, String(v)] as [string, string]);

/**
 * The method page's content. Every constant shown is imported from the module that uses it.
 */
export const METHOD_SECTIONS: MethodSection[] = [
  {
    id: "pipeline",
    paragraphs: 2,
    formulas: ["total = Σ wᵢ × factorᵢ   (Σ wᵢ = 1, factorᵢ ∈ [0, 100])", "order: total ↓, then cost ↑, then id ↑"],
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
    formulas: ["w_k = (1/n) × Σ_{i=k..n} 1/i,  n = 5", FACTORS.map((f) => `${f} ${DEFAULT_WEIGHTS[f].toFixed(4)}`).join(" · ")],
  },
  {
    id: "cost",
    paragraphs: 1,
    params: { hoursPerMonth: HOURS_PER_MONTH },
    formulas: [
      "rel = (TFLOPS / TFLOPS_ref)^α × (BW / BW_ref)^(1−α)",
      `α: ${Object.entries(COMPUTE_SHARE)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}; CPU HPC: rel = FP64 / FP64_ref`,
      "E = GPU-hours/month × months × rel(measured on)      A = E / rel(option)",
      "billed = max(A × ⌈peak / perNode⌉ × perNode / peak, minimum purchase)",
      "compute = billed × price × FX × (1 − commitment %)",
      "storage = TB × price/TB-month × months;  egress = max(0, TB/month − free) × price/TB × months",
      "subsidy = −min(coverage % × eligible base, cap);   total = max(0, Σ lines)",
    ],
  },
  {
    id: "price",
    paragraphs: 1,
    formulas: [
      `price = 100 × (ln ${PRICE_SCALE.gpu.worstHkd} − ln x) / (ln ${PRICE_SCALE.gpu.worstHkd} − ln ${PRICE_SCALE.gpu.bestHkd}), clamped to [0, 100]; x in HKD per effective GPU-hour`,
      `CPU HPC: HKD ${PRICE_SCALE.cpu.bestHkd} → 100, HKD ${PRICE_SCALE.cpu.worstHkd} → 0 per effective node-hour`,
    ],
  },
  {
    id: "security",
    paragraphs: 1,
    formulas: [
      `security = ${SECURITY_WEIGHTS.jurisdiction} × jurisdiction fit + ${SECURITY_WEIGHTS.certifications} × certification points + ${SECURITY_WEIGHTS.tenancy} × tenancy points`,
    ],
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
      },
      {
        rows: pts(CERTIFICATION_POINTS),
      },
      { rows: pts(TENANCY_POINTS) },
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
      },
      { rows: Object.entries(DESTINATION_LAWS).map(([j, laws]) => [j, laws.join(", ")] as [string, string]) },
    ],
  },
  {
    id: "performance",
    paragraphs: 1,
    formulas: [
      `performance = ${PERFORMANCE_WEIGHTS.throughput} × throughput + ${PERFORMANCE_WEIGHTS.interconnect} × interconnect + ${PERFORMANCE_WEIGHTS.queue} × queue`,
      `throughput = 100 × (log₂ rel − (${THROUGHPUT_SCALE.minLog2})) / (${THROUGHPUT_SCALE.maxLog2} − (${THROUGHPUT_SCALE.minLog2})), clamped`,
      `interconnect = 100 if one node suffices, else 100 × log₂(Gb/s ÷ ${INTERCONNECT_SCALE.minGbps}) / log₂(${INTERCONNECT_SCALE.maxGbps} ÷ ${INTERCONNECT_SCALE.minGbps})`,
      `queue = 100 × (1 − days ÷ ${QUEUE_SCALE_DAYS}), clamped`,
      "time to result = lead time + queue wait + accelerator-hours ÷ (peak GPUs × 24) days (inference: lead time + queue wait, i.e. time to go live)",
    ],
  },
  {
    id: "approval",
    paragraphs: 1,
    formulas: [`approval = 0.6 × path points + 0.4 × 100 × (1 − ln(1 + lead days) / ln(1 + ${LEAD_TIME_SCALE_DAYS})), clamped`],
    tables: [{ rows: pts(APPLICATION_PATH_POINTS) }],
  },
  {
    id: "ux",
    paragraphs: 1,
    formulas: [
      "ux = 0.6 × tools + 0.25 × language + 0.15 × (50 × console + 50 × API)",
      "tools = 0.7 × requested coverage + 0.3 × breadth (breadth alone when none requested)",
      "language = 100 in your language, 50 English only, 0 otherwise",
    ],
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
    formulas: [
      "AHP: A w = λmax w,  CI = (λmax − n)/(n − 1),  CR = CI / RI(n),  RI(5) = 1.12",
      "TOPSIS: r_ij = x_ij / √Σ_i x_ij²,  v_ij = w_j r_ij,  C_i = d_i⁻ / (d_i⁺ + d_i⁻)",
      "stability: w_j = t, w_k = w_k (1 − t)/(1 − w_j) for k ≠ j;  interval = {t : leader stays first}",
      "SMAA-2: w ~ Uniform(simplex) [or ordered by your ranks];  b_i^r = P(rank_i = r)",
    ],
  },
];

/** A method section's words in one language: what the page renders. */
export type MethodText = { title: string; paragraphs: string[]; captions: string[] };

/**
 * Puts a section's words together from the "method" messages: `message(key, values)` reads
 * method.sections.<id>.<key> (a translator bound to the namespace); `format` writes the
 * figures the paragraphs quote (numbers grouped, shares as percentages) in the page's locale.
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
    captions: (s.tables ?? []).map((_, i) => message(key(`table${i + 1}`))),
  };
}
