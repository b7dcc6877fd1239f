import type { DataSensitivity, Residency, Workload } from "@/lib/needs/needs-schema";
import type { SupportLanguage, Tool } from "@/lib/catalogue/offer-schema";

/**
 * The synthetic population's firm mix. A mix is a share per value (drawn in the order listed;
 * `satisfies Record<…>` makes the type checker demand a share for every value). Every parameter is documented, with its reason and
 * whether it comes from the 2023 HKPC / HKU HIEBS study or is our assumption, in
 * docs/demand-model.md §2. Figures quoted from the study are marked "study".
 */

/** Study: 216 Hong Kong AI firms were interviewed (the default population size). */
export const STUDY_FIRMS = 216;

/** Study: 17% of the firms work in all three layers of the AI chain (infrastructure, technology, application). */
export const ALL_LAYERS_SHARE = 0.17;
/** Assumption: a firm in all three layers runs three workloads; every other firm two. */
export const WORKLOADS_ALL_LAYERS = 3;
export const WORKLOADS_OTHER = 2;

/** Study: 43% of the firms' funding includes Hong Kong government funds. */
export const GOVERNMENT_FUNDED_SHARE = 0.43;
/** Study: 55% of the firms are profitable or break even. */
export const PROFITABLE_SHARE = 0.55;

/**
 * Study (267 Hong Kong SMEs and large enterprises, planned expansion of AI investment, HKD):
 * 39% < 100k, 22% 100k–300k, 14% 300k–1M, 10% 1M–5M, 4% ≥ 5M, 12% declined (the brackets
 * as printed sum to 101% by rounding); mean HK$1.22M. We draw among the 89% who answered,
 * log-uniform inside a bracket. The lowest bracket's floor is our assumption; the top
 * bracket's ceiling is solved so the mean of the mix is the study's HK$1.22M.
 */
export const BUDGET_BRACKETS = [
  { minHkd: 10_000, maxHkd: 100_000, share: 0.39 },
  { minHkd: 100_000, maxHkd: 300_000, share: 0.22 },
  { minHkd: 300_000, maxHkd: 1_000_000, share: 0.14 },
  { minHkd: 1_000_000, maxHkd: 5_000_000, share: 0.1 },
  { minHkd: 5_000_000, maxHkd: null, share: 0.04 },
] as const;
export const BUDGET_DECLINED_SHARE = 0.12;
export const BUDGET_MEAN_HKD = 1_220_000;

/** Assumption: share of the planned AI budget spent on compute in a year (the rest: staff, data, software). */
export const COMPUTE_SHARE_OF_BUDGET = 0.4;
/**
 * Assumption: the price (HKD per H100-equivalent GPU-hour) a firm sizes its compute plan with —
 * about USD 4 on a specialist GPU cloud. Only converts a budget into hours; the choice model then
 * prices every offer with the engine.
 */
export const PLANNING_PRICE_HKD_PER_GPU_HOUR = 31;
/** Assumption: plans are annual. */
export const PLAN_MONTHS = 12;
/** Assumption: average share of the month a workload keeps its peak accelerators busy (sets peakGpus). */
export const DUTY_CYCLE: Record<Workload, number> = {
  "llm-pretraining": 0.6,
  "llm-fine-tuning": 0.35,
  "dl-training": 0.4,
  inference: 0.7,
  "cpu-hpc": 0.5,
};

/** Assumption: workload mix, application-layer firms dominate (serving and adapting models). */
export const WORKLOAD_MIX = {
  inference: 0.35,
  "llm-fine-tuning": 0.25,
  "dl-training": 0.25,
  "llm-pretraining": 0.05,
  "cpu-hpc": 0.1,
} as const satisfies Record<Workload, number>;

/**
 * Assumption: data sensitivity; the study ranks security second among the five factors. No
 * synthetic firm holds "important data" under the mainland's rules (the study does not size
 * it; listed first with share 0 so the draws of the others are unchanged).
 */
export const SENSITIVITY_MIX = {
  "mainland-important": 0,
  public: 0.15,
  confidential: 0.45,
  personal: 0.25,
  "mainland-origin": 0.1,
  restricted: 0.05,
} as const satisfies Record<DataSensitivity, number>;

/** Assumption: residency rules the firm imposes on itself. */
export const RESIDENCY_MIX = {
  anywhere: 0.75,
  "hk-or-mainland": 0.15,
  "hk-only": 0.1,
} as const satisfies Record<Residency, number>;

/**
 * Organisation types. Every firm is Hong Kong-registered (the study surveyed HK firms).
 * Assumptions: 30% have a mainland entity (GBA presence); 10% are university groups or
 * spin-offs; 40% have an entity or research partner abroad — overseas centres admit only
 * host-country entities, and the study's 26% overseas use needs at least that many.
 */
export const ORGANISATION_SHARES = { mainlandEntity: 0.3, university: 0.1, hostCountryPartner: 0.4 } as const;

/**
 * Where a firm with an entity abroad has it (ISO country; an EU-jurisdiction centre admits an
 * entity in any member state, so DE stands for the EU). Assumption weighted to Hong Kong firms'
 * usual first overseas bases: Singapore, then Japan, Taiwan, the EU and Switzerland — the
 * countries of the catalogue's overseas supercomputing centres. Only such an entity makes a
 * firm eligible for a "host-country entity" centre.
 */
export const OVERSEAS_ENTITY_MIX = {
  SG: 0.4,
  JP: 0.2,
  TW: 0.15,
  DE: 0.15,
  CH: 0.1,
} as const satisfies Record<string, number>;

/** Assumption: chance a firm asks for each tool. */
export const TOOL_SHARES: Record<Tool, number> = {
  jupyter: 0.6,
  containers: 0.6,
  kubernetes: 0.3,
  slurm: 0.2,
  "web-console": 0.5,
  api: 0.4,
};

/** Assumption: support language (Hong Kong firms ask for one of the three UI languages; the other languages offers support are never asked for). */
export const LANGUAGE_MIX = {
  "zh-HK": 0.45,
  en: 0.45,
  "zh-CN": 0.1,
} as const satisfies Partial<Record<SupportLanguage, number>>;

/** Largest peak concurrency drawn (accelerators). */
export const MAX_PEAK_GPUS = 512;
