import type { Tool, SupportLanguage } from "@/lib/catalogue/offer-schema";
import type { Institution } from "@/lib/catalogue/offer-schema";
import type { DataSensitivity, MainlandDataOrigin, Needs, Residency, Workload } from "@/lib/needs/needs-schema";

export const OVERRIDE_MODES = ["discount", "quote"] as const;
export type OverrideMode = (typeof OVERRIDE_MODES)[number];
export const QUOTE_CURRENCIES = ["HKD", "USD", "CNY"] as const;
export type QuoteCurrency = (typeof QUOTE_CURRENCIES)[number];

/**
 * One row of the price-override list as the form edits it: a mode picks which schema field
 * `amount` fills; scope "provider" makes it cover every offer of `offerId`'s provider.
 */
export type OverrideRow = { offerId: string; scope?: "offer" | "provider"; mode: OverrideMode; amount: number; currency: QuoteCurrency };

/**
 * The needs as the form holds them. It differs from `Needs` only where an HTML control
 * cannot hold the schema's value directly:
 * - budgetHkd: a number input held as its text; "" means "no budget" (null). Text, not
 *   valueAsNumber: a NaN written back into the input (reset to a preset without a budget)
 *   makes the browser warn "The specified value "NaN" cannot be parsed";
 * - startBy: a date input; "" means "no deadline" (null);
 * - priceOverrides: one amount + a mode instead of two optional fields;
 * - mainlandDataOrigin: a select; "" means "not said" (null);
 * - organisation.overseasEntities: one text input of comma-separated country codes.
 */
export type NeedsFormValues = {
  workload: Workload;
  accelerator: { model: string; minMemoryGb: number };
  gpuHoursPerMonth: number;
  durationMonths: number;
  hoursMeasuredOn: string;
  peakGpus: number;
  multiNode: boolean;
  storageTb: number;
  egressTbPerMonth: number;
  dataSensitivity: DataSensitivity;
  residency: Residency;
  mainlandDataOrigin: MainlandDataOrigin | "";
  organisation: {
    hkRegistered: boolean;
    mainlandEntity: boolean;
    university: boolean;
    hostCountryPartner: boolean;
    /** Country codes as typed: "SG, JP". */
    overseasEntities: string;
    memberOf: Institution[];
  };
  budgetHkd: string;
  startBy: string;
  tools: Tool[];
  supportLanguage: SupportLanguage;
  subsidies: string[];
  /** Share (0–1) per scheme the user moved off its default. */
  subsidyShares: Record<string, number>;
  allowCommitment: boolean;
  priceOverrides: OverrideRow[];
};

export function needsToFormValues(needs: Needs): NeedsFormValues {
  return {
    workload: needs.workload,
    accelerator: { ...needs.accelerator },
    gpuHoursPerMonth: needs.gpuHoursPerMonth,
    durationMonths: needs.durationMonths,
    hoursMeasuredOn: needs.hoursMeasuredOn,
    peakGpus: needs.peakGpus,
    multiNode: needs.multiNode,
    storageTb: needs.storageTb,
    egressTbPerMonth: needs.egressTbPerMonth,
    dataSensitivity: needs.dataSensitivity,
    residency: needs.residency,
    mainlandDataOrigin: needs.mainlandDataOrigin ?? "",
    organisation: {
      ...needs.organisation,
      overseasEntities: needs.organisation.overseasEntities.join(", "),
      memberOf: [...needs.organisation.memberOf],
    },
    budgetHkd: needs.budgetHkd === null ? "" : String(needs.budgetHkd),
    startBy: needs.startBy ?? "",
    tools: [...needs.tools],
    supportLanguage: needs.supportLanguage,
    subsidies: [...needs.subsidies],
    subsidyShares: { ...needs.subsidyShares },
    allowCommitment: needs.allowCommitment,
    priceOverrides: needs.priceOverrides.map((o) => {
      const target = o.scope === "provider" ? { offerId: o.offerId, scope: "provider" as const } : { offerId: o.offerId };
      return o.quotedPricePerAcceleratorHour !== undefined
        ? { ...target, mode: "quote", amount: o.quotedPricePerAcceleratorHour, currency: o.currency }
        : { ...target, mode: "discount", amount: o.discountPct ?? Number.NaN, currency: o.currency };
    }),
  };
}
