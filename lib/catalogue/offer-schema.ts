import { z } from "zod";
import "@/lib/validation/zod-jitless-in-browser";
import { APPLICATION_PATHS, FAMILIES, INSTITUTIONS, SUPPORT_LANGUAGES, TOOLS } from "./catalogue-vocabulary";
import { LOCAL_NAME_LOCALES, RANGE_PATHS } from "./catalogue-vocabulary";
import { rangedFigureValue } from "./ranged-figure";

/**
 * The catalogue's schema. Every file under data/ is parsed through these schemas once,
 * at build time (`npm run build` runs lib/catalogue/check-catalogue.ts) and whenever the
 * catalogue module is imported; an invalid file fails with file, offer and field named.
 */

export const familySchema = z.enum(FAMILIES);
export type Family = z.infer<typeof familySchema>;

export const CURRENCIES = ["HKD", "USD", "CNY", "JPY", "SGD", "EUR", "CHF", "TWD", "KRW", "GBP", "AUD"] as const;
export const currencySchema = z.enum(CURRENCIES);
export type Currency = z.infer<typeof currencySchema>;

/** ISO-3166-like jurisdiction codes that decide data residency. HK and CN are distinct regimes. */
export const JURISDICTIONS = ["HK", "CN", "SG", "JP", "TW", "KR", "CH", "EU", "US", "UK", "AU", "IN", "ID", "MY"] as const;
export const jurisdictionSchema = z.enum(JURISDICTIONS);
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;

export const toolSchema = z.enum(TOOLS);
export type Tool = z.infer<typeof toolSchema>;

export const supportLanguageSchema = z.enum(SUPPORT_LANGUAGES);
export type SupportLanguage = z.infer<typeof supportLanguageSchema>;

/** Security certifications the security factor counts (see data/README.md, "Security factor"). */
export const CERTIFICATIONS = [
  "iso27001",
  "iso27017",
  "iso27018",
  "iso27701",
  "soc2",
  "pci-dss",
  "csa-star",
  "mlps-level3",
  "mtcs-sg",
  "ismap-jp",
  "c5-de",
  "fedramp",
] as const;
export const certificationSchema = z.enum(CERTIFICATIONS);
export type Certification = z.infer<typeof certificationSchema>;

export const TENANCIES = ["shared-vm", "dedicated-host", "bare-metal", "shared-hpc", "dedicated-cluster"] as const;
export const tenancySchema = z.enum(TENANCIES);
export type Tenancy = z.infer<typeof tenancySchema>;

/**
 * Who may buy. An organisation qualifies if it matches ANY entry. "any" = anyone with a card.
 * "host-country-entity": a legal entity in the offer's own `location.country` (for an EU
 * facility, in any EU member state) — see lib/domain/eligibility.ts.
 */
export const ELIGIBLE_ORGANISATIONS = ["any", "hk-company", "mainland-entity", "university", "host-country-entity"] as const;
export const eligibleOrganisationSchema = z.enum(ELIGIBLE_ORGANISATIONS);
export type EligibleOrganisation = z.infer<typeof eligibleOrganisationSchema>;

export const institutionSchema = z.enum(INSTITUTIONS);
export type Institution = z.infer<typeof institutionSchema>;

/**
 * One entry of `eligibility.anyOf`: a kind of organisation, or `{ "memberOf": [...] }` —
 * members (staff, students, research groups) of one of the named institutions only, e.g. the
 * HKUST(GZ) cluster, which serves its own members (HKUST(GZ) HPC regulations, Art. 6).
 */
export const eligibilityEntrySchema = z.union([
  eligibleOrganisationSchema,
  z.object({ memberOf: z.array(institutionSchema).min(1) }).strict(),
]);
export type EligibilityEntry = z.infer<typeof eligibilityEntrySchema>;

export const SOURCE_BASES = ["vendor", "government", "third-party", "estimate"] as const;
export const sourceBasisSchema = z.enum(SOURCE_BASES);
export type SourceBasis = z.infer<typeof sourceBasisSchema>;

/**
 * The weaker kinds of evidence: not the vendor's or a government's own page. Each such source
 * must say in its note why it is used (sourceSchema), and the catalogue flags the offers that
 * rely on one.
 */
export const FLAGGED_BASES = ["estimate", "third-party"] as const satisfies readonly SourceBasis[];
export type FlaggedBasis = (typeof FLAGGED_BASES)[number];
export const isFlaggedBasis = (basis: SourceBasis): basis is FlaggedBasis => (FLAGGED_BASES as readonly SourceBasis[]).includes(basis);

const isoDate = z.iso.date({ error: "must be a date written YYYY-MM-DD" });

/** Whether an estimate source must carry `madeOn` (on: an undated estimate fails the build). */
export const REQUIRE_MADE_ON = true;

/**
 * One piece of evidence. `covers` names the offer fields (dot paths, e.g. "price.perAcceleratorHour")
 * that this source backs. basis "third-party" = not the vendor's or government's own page;
 * basis "estimate" = our own estimate, whose reasoning is in `note` (required).
 * For an estimate, `asOf` is the date of its OLDEST input (staleness runs on it) and
 * `madeOn` the day the estimate was written; `madeOn` is only allowed on estimates.
 */
export const sourceSchema = z
  .object({
    url: z.url({ error: "must be an absolute URL" }),
    asOf: isoDate,
    basis: sourceBasisSchema,
    covers: z.array(z.string().min(1)).min(1),
    note: z.string().min(1).optional(),
    madeOn: isoDate.optional(),
  })
  .strict()
  .refine((s) => !isFlaggedBasis(s.basis) || (s.note ?? "").length >= 20, {
    error: "a third-party or estimate source needs a note (≥ 20 characters) saying why it is used / how the estimate was made",
    path: ["note"],
  })
  .refine((s) => s.madeOn === undefined || s.basis === "estimate", { error: "only an estimate has a madeOn date", path: ["madeOn"] })
  .refine((s) => s.madeOn === undefined || s.madeOn >= s.asOf, {
    error: "madeOn must not be before asOf (asOf is the date of the estimate's oldest input)",
    path: ["madeOn"],
  })
  .refine((s) => !REQUIRE_MADE_ON || s.basis !== "estimate" || s.madeOn !== undefined, {
    error: "an estimate needs madeOn (the day it was written; asOf is its oldest input)",
    path: ["madeOn"],
  });
export type Source = z.infer<typeof sourceSchema>;

/** The figure paths that MUST be covered by some source when present on an offer: every rangeable figure, and these. */
export const FIGURE_PATHS = [
  ...RANGE_PATHS,
  "accelerator.model",
  "accelerator.perNode",
  "commitments",
  "fees",
  "minimumPurchase",
  "applicationPath",
  "eligibility",
  "certifications",
  "tools",
  "interconnect",
] as const;

/** Offer fields a source may also cover, though no rule requires it (descriptions rather than figures). */
export const DESCRIBED_PATHS = [
  "location",
  "tenancy",
  "supportLanguages",
  "subsidySchemes",
  "price.billingUnit",
  "egress.freeTbPerMonth",
] as const;

const COVERABLE_PATHS: ReadonlySet<string> = new Set([...FIGURE_PATHS, ...DESCRIBED_PATHS]);

export const commitmentSchema = z
  .object({
    /** e.g. "1-year Savings Plan, no upfront" */
    name: z.string().min(1),
    minMonths: z.number().int().positive(),
    /** Percentage off the on-demand accelerator price, 0–95. */
    discountPct: z.number().min(0).max(95),
  })
  .strict();
export type Commitment = z.infer<typeof commitmentSchema>;

/**
 * The low–high band of one figure, in the figure's own unit (the offer's currency for a price).
 * `reasoning` says where the ends come from. A vendor-published band (spot vs on-demand) may
 * be recorded too; otherwise vendor figures carry no range.
 */
export const estimateRangeSchema = z
  .object({
    low: z.number().nonnegative(),
    high: z.number().nonnegative(),
    reasoning: z.string().min(20, { error: "say in ≥ 20 characters where the low and high ends come from" }),
  })
  .strict()
  .refine((r) => r.low <= r.high, { error: "low must not exceed high", path: ["low"] });
export type EstimateRange = z.infer<typeof estimateRangeSchema>;

export const rangePathSchema = z.enum(RANGE_PATHS);
export type RangePath = z.infer<typeof rangePathSchema>;

/** Figures whose range is REQUIRED when their only covering sources are estimates. */
export const RANGE_REQUIRED_PATHS = ["price.perAcceleratorHour", "leadTimeDays", "maxAccelerators"] as const satisfies readonly RangePath[];

/** Whether the rule above is enforced (on: a new estimate without a range fails the build). */
export const REQUIRE_ESTIMATE_RANGES = true;

/**
 * An offer's provider, name and location label in one local language (official local brand where one exists),
 * and optionally its interconnect description (`interconnect.fabric`) in that language.
 */
export const localNamesSchema = z
  .object({
    provider: z.string().min(1),
    name: z.string().min(1),
    location: z.string().min(1),
    /** `interconnect.fabric` in this language: technology names stay Latin, the descriptive words are translated. */
    fabric: z.string().min(1).optional(),
  })
  .strict();
export type LocalNames = z.infer<typeof localNamesSchema>;

/**
 * Local names per Chinese locale; English stays in the offer's own provider / name / location.label
 * and interconnect.fabric. A local `fabric` is given in every Chinese locale or in none, so no
 * Chinese page falls back to English for it while the other does not.
 */
export const offerI18nSchema = z
  .object(
    Object.fromEntries(LOCAL_NAME_LOCALES.map((l) => [l, localNamesSchema])) as Record<
      (typeof LOCAL_NAME_LOCALES)[number],
      typeof localNamesSchema
    >,
  )
  .strict()
  .superRefine((i18n, ctx) => {
    const withFabric = LOCAL_NAME_LOCALES.filter((l) => i18n[l].fabric !== undefined);
    if (withFabric.length === 0 || withFabric.length === LOCAL_NAME_LOCALES.length) return;
    for (const l of LOCAL_NAME_LOCALES.filter((x) => i18n[x].fabric === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [l, "fabric"],
        message: `a local fabric is given in ${withFabric.join(", ")} but not in ${l}: give it in every Chinese locale or in none`,
      });
    }
  });
export type OfferI18n = z.infer<typeof offerI18nSchema>;

export const feeSchema = z
  .object({
    name: z.string().min(1),
    /** Native currency of the offer. */
    amount: z.number().nonnegative(),
    unit: z.enum(["one-off", "per-month"]),
  })
  .strict();
export type Fee = z.infer<typeof feeSchema>;

export const offerSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be kebab-case" }),
    provider: z.string().min(1),
    /** Product / instance / partition name, e.g. "p5.48xlarge (8 × H100)". */
    name: z.string().min(1),
    family: familySchema,
    location: z
      .object({
        /** Human label, e.g. "Tokyo (ap-northeast-1)". */
        label: z.string().min(1),
        /** ISO 3166-1 alpha-2 country of the facility (host-country eligibility runs on it). */
        country: z.string().regex(/^[A-Z]{2}$/, { error: "must be an ISO 3166-1 alpha-2 code in capitals, e.g. JP" }),
        /** The legal regime the data sits under. */
        jurisdiction: jurisdictionSchema,
        /** City id (kebab-case, e.g. "shenzhen") — a city's compute voucher applies only to offers in that city. */
        city: z
          .string()
          .regex(/^[a-z]+(?:-[a-z]+)*$/, { error: "must be a kebab-case city id, e.g. shenzhen" })
          .optional(),
      })
      .strict(),
    accelerator: z
      .object({
        /** An id from data/accelerators.json. */
        model: z.string().min(1),
        /** Accelerators per node / instance as packaged. */
        perNode: z.number().int().positive(),
        /** "node" = only whole nodes can be rented (node packaging rounds concurrency up). */
        allocation: z.enum(["accelerator", "node"]),
      })
      .strict(),
    price: z
      .object({
        currency: currencySchema,
        /** On-demand / list price per accelerator-hour in `currency`. */
        perAcceleratorHour: z.number().positive(),
        /** How the vendor bills, as written by the vendor (e.g. per-second, node-hour, monthly). */
        billingUnit: z.enum(["per-second", "per-minute", "per-hour", "node-hour", "card-hour", "per-month", "core-hour", "allocation"]),
      })
      .strict(),
    storage: z.object({ pricePerTbMonth: z.number().nonnegative() }).strict(),
    egress: z
      .object({
        pricePerTb: z.number().nonnegative(),
        freeTbPerMonth: z.number().nonnegative().default(0),
      })
      .strict(),
    commitments: z.array(commitmentSchema).default([]),
    fees: z.array(feeSchema).default([]),
    minimumPurchase: z
      .object({
        /** Smallest purchase in accelerator-hours (0 = none). */
        acceleratorHours: z.number().nonnegative(),
        note: z.string().optional(),
      })
      .strict(),
    applicationPath: z.enum(APPLICATION_PATHS),
    /** Days from first contact to first job for a new customer. */
    leadTimeDays: z.number().nonnegative(),
    /** Typical queue wait per job batch in days (0 for on-demand cloud with quota). */
    queueWaitDays: z.number().nonnegative().default(0),
    eligibility: z
      .object({
        anyOf: z.array(eligibilityEntrySchema).min(1),
        note: z.string().optional(),
      })
      .strict(),
    certifications: z.array(certificationSchema).default([]),
    tenancy: tenancySchema,
    tools: z.array(toolSchema).default([]),
    supportLanguages: z.array(supportLanguageSchema).min(1),
    /** Largest number of accelerators one customer can hold at once (quota/partition size). */
    maxAccelerators: z.number().int().positive(),
    interconnect: z
      .object({
        multiNode: z.boolean(),
        /** e.g. "InfiniBand NDR 400 Gb/s", "EFA 3.2 Tb/s", "25 GbE". */
        fabric: z.string().min(1),
        /** Per-node inter-node bandwidth in Gb/s (0 if single node only). */
        gbps: z.number().nonnegative(),
      })
      .strict(),
    /** Subsidy scheme ids from data/subsidies.json that can apply to this offer. */
    subsidySchemes: z.array(z.string()).default([]),
    notes: z.string().optional(),
    /** Local names (zh-HK Traditional, zh-CN Simplified). */
    i18n: offerI18nSchema,
    /** Low–high bands of estimated figures, keyed by figure path. */
    ranges: z.partialRecord(rangePathSchema, estimateRangeSchema).optional(),
    sources: z.array(sourceSchema).min(1),
  })
  .strict()
  .superRefine((offer, ctx) => {
    for (const [path, range] of Object.entries(offer.ranges ?? {}) as [RangePath, EstimateRange][]) {
      const value = rangedFigureValue(offer, path);
      if (value < range.low || value > range.high) {
        ctx.addIssue({
          code: "custom",
          path: ["ranges", path],
          message: `the figure (${value}) must lie within low ${range.low} – high ${range.high}`,
        });
      }
    }
    if (REQUIRE_ESTIMATE_RANGES) {
      for (const path of RANGE_REQUIRED_PATHS) {
        const covering = offer.sources.filter((s) => s.covers.includes(path));
        if (covering.length > 0 && covering.every((s) => s.basis === "estimate") && offer.ranges?.[path] === undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["ranges", path],
            message: `"${path}" rests only on estimates, so it needs a range { low, high, reasoning }`,
          });
        }
      }
    }
    const covered = new Set(offer.sources.flatMap((s) => s.covers));
    for (const path of [
      "accelerator.model",
      "price.perAcceleratorHour",
      "storage.pricePerTbMonth",
      "egress.pricePerTb",
      "applicationPath",
      "leadTimeDays",
      "eligibility",
    ] as const) {
      if (!covered.has(path)) {
        ctx.addIssue({ code: "custom", path: ["sources"], message: `no source covers "${path}"` });
      }
    }
    if (offer.commitments.length > 0 && !covered.has("commitments")) {
      ctx.addIssue({ code: "custom", path: ["sources"], message: `no source covers "commitments"` });
    }
    if (offer.fees.length > 0 && !covered.has("fees")) {
      ctx.addIssue({ code: "custom", path: ["sources"], message: `no source covers "fees"` });
    }
    if (offer.certifications.length > 0 && !covered.has("certifications")) {
      ctx.addIssue({ code: "custom", path: ["sources"], message: `no source covers "certifications"` });
    }
    for (const s of offer.sources) {
      for (const c of s.covers) {
        if (!COVERABLE_PATHS.has(c)) {
          ctx.addIssue({ code: "custom", path: ["sources"], message: `source covers unknown figure "${c}"` });
        }
      }
    }
  });
export type Offer = z.infer<typeof offerSchema>;
/** How an offer is obtained: self-serve, an online application, a proposal review or an institutional agreement (APPLICATION_PATHS). */
export type ApplicationPath = Offer["applicationPath"];
export type OfferInput = z.input<typeof offerSchema>;

/** One file per family under data/offers/. */
export const offerFileSchema = z
  .object({
    family: familySchema,
    offers: z.array(offerSchema).min(1),
  })
  .strict();

/** An accelerator's name in one local language. */
export const acceleratorLocalNameSchema = z.object({ name: z.string().min(1) }).strict();

/** An accelerator's local names: every Chinese locale, or the whole block absent. */
export const acceleratorI18nSchema = z
  .object(
    Object.fromEntries(LOCAL_NAME_LOCALES.map((l) => [l, acceleratorLocalNameSchema])) as Record<
      (typeof LOCAL_NAME_LOCALES)[number],
      typeof acceleratorLocalNameSchema
    >,
  )
  .strict();
export type AcceleratorI18n = z.infer<typeof acceleratorI18nSchema>;

export const acceleratorSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    vendor: z.string().min(1),
    name: z.string().min(1),
    kind: z.enum(["gpu", "npu", "cpu-node"]),
    /** Dense BF16 (or FP16 where BF16 is not supported) tensor TFLOPS, no sparsity. For a cpu-node, the node's BF16/FP32 vector peak. */
    bf16DenseTflops: z.number().positive(),
    /** FP64 peak TFLOPS; required for kind "cpu-node" (CPU HPC throughput is compared on FP64). */
    fp64Tflops: z.number().positive().optional(),
    memoryGb: z.number().positive(),
    /** Memory bandwidth in TB/s. */
    memoryBandwidthTbs: z.number().positive(),
    /**
     * The name in each Chinese locale, only where the English name has descriptive words
     * ("CPU node: …", "(AWS variant of the A10)"); a pure model name ("H100 SXM5 80 GB") has none.
     */
    i18n: acceleratorI18nSchema.optional(),
    sources: z.array(sourceSchema).min(1),
  })
  .strict()
  .refine((a) => a.kind !== "cpu-node" || a.fp64Tflops !== undefined, {
    error: "a cpu-node needs fp64Tflops",
    path: ["fp64Tflops"],
  });
export type Accelerator = z.infer<typeof acceleratorSchema>;

export const acceleratorFileSchema = z
  .object({
    /** Id of the accelerator whose throughput defines one "effective GPU-hour" (1.0). */
    referenceModel: z.string(),
    /** Id of the cpu-node that defines one effective node-hour for CPU HPC workloads. */
    referenceCpuModel: z.string(),
    accelerators: z.array(acceleratorSchema).min(1),
  })
  .strict();

export const fxFileSchema = z
  .object({
    asOf: isoDate,
    base: z.literal("HKD"),
    /** HKD per one unit of the currency. */
    hkdPer: z.partialRecord(currencySchema, z.number().positive()),
    sources: z.array(sourceSchema).min(1),
  })
  .strict();
export type FxFile = z.infer<typeof fxFileSchema>;

export const subsidySchemeSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    name: z.string().min(1),
    nameZhHK: z.string().min(1),
    nameZhCN: z.string().min(1),
    /** Share of the eligible compute charge the scheme pays, 0–100. */
    coveragePct: z.number().min(0).max(100),
    /** Cap per firm for the whole project, in HKD (null = no published cap). */
    capHkd: z.number().positive().nullable(),
    /** Which organisations qualify (ANY of). */
    eligibleOrganisations: z.array(eligibilityEntrySchema).min(1),
    /** What the subsidy applies to. */
    appliesTo: z.enum(["compute", "compute-and-storage", "all"]),
    /**
     * A city's voucher (kebab-case city id, e.g. "shenzhen"): applies only to offers whose
     * `location.city` is this city and that list the scheme; two cities' vouchers never stack.
     * null / absent = not tied to a city (hk-aiss).
     */
    city: z
      .string()
      .regex(/^[a-z]+(?:-[a-z]+)*$/)
      .nullable()
      .optional(),
    /** Last day the scheme pays (YYYY-MM-DD); project months after it are charged at list price. */
    endsOn: isoDate.optional(),
    /**
     * The share of the eligible charge a firm may be granted, as fractions 0–1: `default` (must
     * equal coveragePct / 100), and the published `min` / `max` a user may set it to.
     */
    shareBounds: z
      .object({ default: z.number().min(0).max(1), min: z.number().min(0).max(1), max: z.number().min(0).max(1) })
      .strict()
      .refine((b) => b.min <= b.default && b.default <= b.max, { error: "need min ≤ default ≤ max", path: ["default"] })
      .optional(),
    note: z.string().min(1),
    sources: z.array(sourceSchema).min(1),
  })
  .strict()
  .refine((s) => s.shareBounds === undefined || Math.abs(s.shareBounds.default * 100 - s.coveragePct) < 1e-9, {
    error: "shareBounds.default must equal coveragePct / 100",
    path: ["shareBounds", "default"],
  });
export type SubsidyScheme = z.infer<typeof subsidySchemeSchema>;

export const subsidyFileSchema = z.object({ schemes: z.array(subsidySchemeSchema).min(1) }).strict();

export const catalogueMetaSchema = z
  .object({
    /** Bumped whenever a reviewed change to data/ lands, e.g. "2026.11.25". */
    version: z.string().min(1),
    reviewedOn: isoDate,
  })
  .strict();
