import { z } from "zod";
import "@/lib/validation/zod-jitless-in-browser";
import { institutionSchema, supportLanguageSchema, toolSchema } from "@/lib/catalogue/offer-schema";
import { DATA_SENSITIVITIES, MAINLAND_DATA_ORIGINS, RESIDENCIES, WORKLOADS } from "./needs-vocabulary";
import { rejectDuplicateIds, uniqueIdList } from "./unique-list";

/**
 * What a firm enters. One schema serves the form, the URL state, the route handler and
 * imports. No error strings live here: `localiseIssues` (needs-messages.ts) turns zod's
 * issues into a message naming the field in en / zh-HK / zh-CN. Every field except
 * workload, gpuHoursPerMonth and durationMonths has a default (documented in NEEDS_DEFAULTS).
 */

/** The closed lists' types, read off the schema's own fields (the lists: needs-vocabulary.ts). */
export type Workload = Needs["workload"];
export type DataSensitivity = Needs["dataSensitivity"];
export type Residency = Needs["residency"];

const isoDate = z.iso.date();

/**
 * A negotiated discount or a quoted price for one offer, or — with `scope: "provider"` — for
 * every offer of that offer's provider (a quote often covers a provider's whole range; the
 * provider is named through one of its offers, so the key is a stable offer id, never a
 * display name). Exactly one of discountPct or quotedPricePerAcceleratorHour. A quote is in
 * `currency` (default HKD) per accelerator-hour (per node-hour for a CPU offer) and replaces
 * the list price before commitment discounts. An offer's own override wins over its
 * provider's (`overrideFor` in lib/domain/cost/price-override.ts). No scope = "offer".
 */
export const priceOverrideSchema = z
  .object({
    offerId: z.string().min(1),
    scope: z.enum(["offer", "provider"]).optional(),
    discountPct: z.number().min(0).max(100).optional(),
    /** 0.001–100,000 per accelerator-hour in `currency`: spans a subsidised hour to a whole CPU cluster node-hour; 1e308 once made NaN costs. */
    quotedPricePerAcceleratorHour: z.number().min(0.001).max(100_000).optional(),
    currency: z.enum(["HKD", "USD", "CNY"]).default("HKD"),
  })
  .strict()
  .refine((o) => (o.discountPct === undefined) !== (o.quotedPricePerAcceleratorHour === undefined), {
    path: ["discountPct"],
    params: { key: "override-one-of" },
  });
export type PriceOverride = z.infer<typeof priceOverrideSchema>;

export const mainlandDataOriginSchema = z.enum(MAINLAND_DATA_ORIGINS);
export type MainlandDataOrigin = z.infer<typeof mainlandDataOriginSchema>;

/** ISO 3166-1 alpha-2 country code in capitals, e.g. "SG". */
export const countryCodeSchema = z.string().refine((c) => /^[A-Z]{2}$/.test(c), { params: { key: "country-code" } });

export const organisationSchema = z
  .object({
    hkRegistered: z.boolean().default(true),
    mainlandEntity: z.boolean().default(false),
    university: z.boolean().default(false),
    /**
     * Legacy (links made before per-country eligibility): "has an entity or research partner
     * abroad", without saying where. It still parses, but opens no country on its own: a
     * host-country centre needs that country in `overseasEntities`.
     */
    hostCountryPartner: z.boolean().default(false),
    /** Countries (ISO 3166-1 alpha-2) where the firm has a legal entity, e.g. ["SG"]. */
    overseasEntities: uniqueIdList(countryCodeSchema, 50),
    /** Institutions the user belongs to (staff / student / research group), e.g. ["hkust"]. */
    memberOf: uniqueIdList(institutionSchema, 20),
  })
  .strict();
export type Organisation = z.output<typeof organisationSchema>;

export const acceleratorRequirementSchema = z
  .object({
    /** "any", or an accelerator id from data/accelerators.json (checked against the catalogue by the engine). */
    model: z.string().min(1).max(64).default("any"),
    minMemoryGb: z.number().min(0).max(2000).default(0),
  })
  .strict();

export const needsSchema = z
  .object({
    workload: z.enum(WORKLOADS),
    accelerator: acceleratorRequirementSchema.default({ model: "any", minMemoryGb: 0 }),
    /** Accelerator-hours per month, measured on `hoursMeasuredOn` (CPU HPC: node-hours). */
    /** 1–10,000,000 a month: below one hour the per-hour price divides by ~0 (1e-320 once gave "HKD ∞ per hour"). */
    gpuHoursPerMonth: z.number().min(1).max(10_000_000),
    durationMonths: z.number().int().min(1).max(120),
    /** The accelerator the GPU-hours were measured on; other accelerators need proportionally more or fewer hours. */
    hoursMeasuredOn: z.string().min(1).max(64).default("h100-sxm"),
    peakGpus: z.number().int().min(1).max(100_000).default(8),
    multiNode: z.boolean().default(false),
    storageTb: z.number().min(0).max(100_000).default(0),
    egressTbPerMonth: z.number().min(0).max(100_000).default(0),
    dataSensitivity: z.enum(DATA_SENSITIVITIES).default("confidential"),
    residency: z.enum(RESIDENCIES).default("anywhere"),
    /** Where mainland-origin personal data was collected (only read when dataSensitivity is "mainland-origin"); null = not said. */
    mainlandDataOrigin: mainlandDataOriginSchema.nullable().default(null),
    // Every organisation field has its own default, so an absent profile is the empty one parsed.
    organisation: organisationSchema.default(() => organisationSchema.parse({})),
    /** Ceiling on the total cost over the whole duration, HKD 0–1e12; null = none (0 leaves only free options). */
    budgetHkd: z.number().min(0).max(1e12).nullable().default(null),
    /** Latest acceptable date of the first job, YYYY-MM-DD; null = no deadline. */
    startBy: isoDate.nullable().default(null),
    tools: uniqueIdList(toolSchema, 6),
    supportLanguage: supportLanguageSchema.default("en"),
    priceOverrides: z
      .array(priceOverrideSchema)
      .max(200)
      // One override per offer and scope: an offer may have its own and a provider-wide one
      // (two provider-wide ones through different offers of one provider: checkNeedsReferences).
      .superRefine(rejectDuplicateIds((o) => `${o.scope ?? "offer"}:${o.offerId}`, ["offerId"]))
      .default([]),
    subsidies: uniqueIdList(z.string().min(1).max(64), 10),
    /**
     * The share (0–1) of the eligible charge a selected scheme pays, where the scheme lets it be
     * set (e.g. { "hk-aiss": 0.9 } for an exceptional AISS grant). Checked against the scheme's
     * published bounds by checkNeedsReferences; absent = the scheme's default share.
     */
    subsidyShares: z.record(z.string().min(1).max(64), z.number().min(0).max(1)).default({}),
    /** Whether the firm will sign a commitment (reserved / savings plan) covering the duration. */
    allowCommitment: z.boolean().default(true),
  })
  .strict();

export type Needs = z.output<typeof needsSchema>;
export type NeedsInput = z.input<typeof needsSchema>;

/** The defaults of every optional field, as the form and the docs show them. */
export const NEEDS_DEFAULTS = {
  accelerator: { model: "any", minMemoryGb: 0 },
  hoursMeasuredOn: "h100-sxm",
  peakGpus: 8,
  multiNode: false,
  storageTb: 0,
  egressTbPerMonth: 0,
  dataSensitivity: "confidential",
  residency: "anywhere",
  mainlandDataOrigin: null,
  organisation: {
    hkRegistered: true,
    mainlandEntity: false,
    university: false,
    hostCountryPartner: false,
    overseasEntities: [],
    memberOf: [],
  },
  budgetHkd: null,
  startBy: null,
  tools: [],
  supportLanguage: "en",
  priceOverrides: [],
  subsidies: [],
  subsidyShares: {},
  allowCommitment: true,
} as const satisfies Omit<Needs, "workload" | "gpuHoursPerMonth" | "durationMonths">;
