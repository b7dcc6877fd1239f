import { z } from "zod";
import "@/lib/validation/zod-jitless-in-browser";
import { APPLICATION_PATHS, FAMILIES, SUPPORT_LANGUAGES, TOOLS } from "./catalogue-vocabulary";

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

export const applicationPathSchema = z.enum(APPLICATION_PATHS);
export type ApplicationPath = z.infer<typeof applicationPathSchema>;

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

/** Who may buy. An organisation qualifies if it matches ANY entry. "any" = anyone with a card. */
/** "host-country-entity": an entity or research partner in the centre's own country (most national centres abroad). */
export const ELIGIBLE_ORGANISATIONS = ["any", "hk-company", "mainland-entity", "university", "host-country-entity"] as const;
export const eligibleOrganisationSchema = z.enum(ELIGIBLE_ORGANISATIONS);
export type EligibleOrganisation = z.infer<typeof eligibleOrganisationSchema>;

export const SOURCE_BASES = ["vendor", "government", "third-party", "estimate"] as const;
export const sourceBasisSchema = z.enum(SOURCE_BASES);
export type SourceBasis = z.infer<typeof sourceBasisSchema>;

const isoDate = z.iso.date({ error: "must be a date written YYYY-MM-DD" });

/**
 * One piece of evidence. `covers` names the offer fields (dot paths, e.g. "price.perAcceleratorHour")
 * that this source backs. basis "third-party" = not the vendor's or government's own page;
 * basis "estimate" = our own estimate, whose reasoning is in `note` (required).
 */
export const sourceSchema = z
  .object({
    url: z.url({ error: "must be an absolute URL" }),
    asOf: isoDate,
    basis: sourceBasisSchema,
    covers: z.array(z.string().min(1)).min(1),
    note: z.string().min(1).optional(),
  })
  .strict()
  .refine((s) => s.basis === "vendor" || s.basis === "government" || (s.note ?? "").length >= 20, {
    error: "a third-party or estimate source needs a note (≥ 20 characters) saying why it is used / how the estimate was made",
    path: ["note"],
  });
export type Source = z.infer<typeof sourceSchema>;

/** The figure paths that MUST be covered by some source when present on an offer. */
export const FIGURE_PATHS = [
  "accelerator.model",
  "accelerator.perNode",
  "price.perAcceleratorHour",
  "storage.pricePerTbMonth",
  "egress.pricePerTb",
  "commitments",
  "fees",
  "minimumPurchase",
  "applicationPath",
  "leadTimeDays",
  "queueWaitDays",
  "eligibility",
  "certifications",
  "tools",
  "maxAccelerators",
  "interconnect",
] as const;

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
        country: z.string().length(2),
        /** The legal regime the data sits under. */
        jurisdiction: jurisdictionSchema,
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
    applicationPath: applicationPathSchema,
    /** Days from first contact to first job for a new customer. */
    leadTimeDays: z.number().nonnegative(),
    /** Typical queue wait per job batch in days (0 for on-demand cloud with quota). */
    queueWaitDays: z.number().nonnegative().default(0),
    eligibility: z
      .object({
        anyOf: z.array(eligibleOrganisationSchema).min(1),
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
    sources: z.array(sourceSchema).min(1),
  })
  .strict()
  .superRefine((offer, ctx) => {
    const covered = new Set(offer.sources.flatMap((s) => s.covers));
    for (const path of ["accelerator.model", "price.perAcceleratorHour", "storage.pricePerTbMonth", "egress.pricePerTb", "applicationPath", "leadTimeDays", "eligibility"] as const) {
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
        if (!(FIGURE_PATHS as readonly string[]).includes(c) && !["location", "tenancy", "supportLanguages", "subsidySchemes", "price.billingUnit", "egress.freeTbPerMonth"].includes(c)) {
          ctx.addIssue({ code: "custom", path: ["sources"], message: `source covers unknown figure "${c}"` });
        }
      }
    }
  });
export type Offer = z.infer<typeof offerSchema>;
export type OfferInput = z.input<typeof offerSchema>;

/** One file per family under data/offers/. */
export const offerFileSchema = z
  .object({
    family: familySchema,
    offers: z.array(offerSchema).min(1),
  })
  .strict();

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
    eligibleOrganisations: z.array(eligibleOrganisationSchema).min(1),
    /** What the subsidy applies to. */
    appliesTo: z.enum(["compute", "compute-and-storage", "all"]),
    note: z.string().min(1),
    sources: z.array(sourceSchema).min(1),
  })
  .strict();
export type SubsidyScheme = z.infer<typeof subsidySchemeSchema>;

export const subsidyFileSchema = z.object({ schemes: z.array(subsidySchemeSchema).min(1) }).strict();

export const catalogueMetaSchema = z
  .object({
    /** Bumped whenever a reviewed change to data/ lands, e.g. "2026.11.25". */
    version: z.string().min(1),
    reviewedOn: isoDate,
  })
  .strict();
