import type { NeedsInput } from "@/lib/needs/needs-schema";
import type { NeedsFormValues } from "./needs-form-values";

/*
 * The way back from the form to the schema, used only by the resolver (needs-resolver.ts):
 * apart from needs-form-values.ts so it loads with the validation chunk, not with the page.
 */

/** The schema's input shape for what the form holds (parsed by needsSchema afterwards). */
export function formValuesToNeedsInput(v: NeedsFormValues): NeedsInput {
  return {
    workload: v.workload,
    accelerator: { model: v.accelerator.model, minMemoryGb: v.accelerator.minMemoryGb },
    gpuHoursPerMonth: v.gpuHoursPerMonth,
    durationMonths: v.durationMonths,
    hoursMeasuredOn: v.hoursMeasuredOn,
    peakGpus: v.peakGpus,
    multiNode: v.multiNode,
    storageTb: v.storageTb,
    egressTbPerMonth: v.egressTbPerMonth,
    dataSensitivity: v.dataSensitivity,
    residency: v.residency,
    mainlandDataOrigin: v.mainlandDataOrigin === "" ? null : v.mainlandDataOrigin,
    organisation: {
      ...v.organisation,
      overseasEntities: v.organisation.overseasEntities
        .split(/[\s,，、;]+/)
        .filter(Boolean)
        .map((c) => c.toUpperCase()),
    },
    // The budget input's text: empty means "none"; anything else must read as a number.
    budgetHkd: v.budgetHkd.trim() === "" ? null : Number(v.budgetHkd),
    startBy: v.startBy === "" ? null : v.startBy,
    tools: v.tools,
    supportLanguage: v.supportLanguage,
    subsidies: v.subsidies,
    // A share only counts for a selected scheme.
    // A slider not yet moved holds no value: the scheme's default share applies.
    subsidyShares: Object.fromEntries(
      Object.entries(v.subsidyShares ?? {}).filter(([id, share]) => v.subsidies.includes(id) && typeof share === "number"),
    ),
    allowCommitment: v.allowCommitment,
    priceOverrides: (v.priceOverrides ?? []).map((row) => {
      const target = row.scope === "provider" ? { offerId: row.offerId, scope: "provider" as const } : { offerId: row.offerId };
      return row.mode === "quote"
        ? { ...target, quotedPricePerAcceleratorHour: row.amount, currency: row.currency }
        : { ...target, discountPct: row.amount, currency: row.currency };
    }),
  };
}

/**
 * Maps a schema issue path onto the form control that shows it: an override's discount or
 * quote lands on the row's single amount input; everything else has the same path.
 */
export function formPathFor(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  if (parts[0] === "organisation" && parts[1] === "overseasEntities") return "organisation.overseasEntities";
  if (parts[0] === "priceOverrides" && parts.length >= 3 && (parts[2] === "discountPct" || parts[2] === "quotedPricePerAcceleratorHour")) {
    return `priceOverrides.${parts[1]}.amount`;
  }
  return parts.join(".");
}
