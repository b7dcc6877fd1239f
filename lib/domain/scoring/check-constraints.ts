import type { Accelerator, Offer } from "@/lib/catalogue/offer-schema";
import type { Needs } from "@/lib/needs/needs-schema";
import { daysBetween } from "../calendar";
import { EXPORT_FILING_DAYS, mainlandExportRoute } from "../data-transfer";
import { hostCountries, organisationQualifies } from "../eligibility";
import { reason, type Reason } from "../reason";
import { allows, RESIDENCY_ALLOWS, SENSITIVITY_ALLOWS } from "./jurisdiction-policy";
import type { RuleCheck } from "./rule-check";

/** Accelerators a firm holds at peak: whole-node offers round the peak up to whole nodes. */
export function heldAccelerators(offer: Pick<Offer, "accelerator">, peak: number): number {
  return offer.accelerator.allocation === "node" ? Math.ceil(peak / offer.accelerator.perNode) * offer.accelerator.perNode : peak;
}

/** Lead time for this firm: the offer's own plus any data-export filing (data-transfer.ts). */
export function effectiveLeadTime(
  offer: Pick<Offer, "leadTimeDays" | "location">,
  needs: Pick<Needs, "dataSensitivity" | "mainlandDataOrigin">,
) {
  const exportFilingDays = EXPORT_FILING_DAYS[mainlandExportRoute(needs, offer.location.jurisdiction)];
  return { leadTimeDays: offer.leadTimeDays + exportFilingDays, baseLeadTimeDays: offer.leadTimeDays, exportFilingDays };
}

/**
 * Every hard rule that does not depend on cost, checked for one offer, passed or failed
 * (rule-check.ts lists them). `referenceDate` is today's date (YYYY-MM-DD), passed in so the
 * core never reads a clock. The budget rule is checked after costing (recommend.ts).
 */
export function checkConstraints(offer: Offer, acc: Accelerator, needs: Needs, referenceDate: string): RuleCheck[] {
  const j = offer.location.jurisdiction;
  const isCpu = acc.kind === "cpu-node";
  const cpuWork = needs.workload === "cpu-hpc";
  const held = heldAccelerators(offer, needs.peakGpus);
  // Inference replicas run independently, so serving on many single-GPU instances is fine.
  const singleNodeExempt = needs.multiNode || needs.workload === "inference" || offer.interconnect.multiNode;
  const org = needs.organisation;
  const place = { country: offer.location.country, jurisdiction: j };
  const lead = effectiveLeadTime(offer, needs);
  const availableDays = needs.startBy === null ? null : daysBetween(referenceDate, needs.startBy);
  return [
    {
      rule: "workload-kind",
      passed: cpuWork === isCpu,
      need: { workload: needs.workload },
      offer: { acceleratorKind: acc.kind, model: acc.id, modelName: acc.name },
    },
    {
      rule: "residency",
      passed: allows(RESIDENCY_ALLOWS[needs.residency], j),
      need: { residency: needs.residency, allowed: RESIDENCY_ALLOWS[needs.residency] },
      offer: { jurisdiction: j },
    },
    {
      rule: "sensitivity",
      passed: allows(SENSITIVITY_ALLOWS[needs.dataSensitivity], j),
      need: { sensitivity: needs.dataSensitivity, allowed: SENSITIVITY_ALLOWS[needs.dataSensitivity] },
      offer: { jurisdiction: j },
    },
    // A CPU node has no accelerator model or memory to match: those rules pass for it.
    {
      rule: "accelerator-model",
      passed: isCpu || needs.accelerator.model === "any" || needs.accelerator.model === acc.id,
      need: { model: needs.accelerator.model },
      offer: { model: acc.id },
    },
    {
      rule: "accelerator-memory",
      passed: isCpu || acc.memoryGb >= needs.accelerator.minMemoryGb,
      need: { minMemoryGb: needs.accelerator.minMemoryGb },
      offer: { memoryGb: acc.memoryGb },
    },
    {
      rule: "concurrency",
      passed: held <= offer.maxAccelerators,
      need: { peak: needs.peakGpus, held, wholeNodes: offer.accelerator.allocation === "node" },
      offer: { maxAccelerators: offer.maxAccelerators, perNode: offer.accelerator.perNode },
    },
    {
      rule: "multi-node",
      passed: !needs.multiNode || offer.interconnect.multiNode,
      need: { multiNode: needs.multiNode },
      offer: { multiNode: offer.interconnect.multiNode, fabric: offer.interconnect.fabric },
    },
    {
      rule: "single-node-fit",
      passed: singleNodeExempt || needs.peakGpus <= offer.accelerator.perNode,
      need: { peak: needs.peakGpus, multiNode: needs.multiNode, workload: needs.workload, exempt: singleNodeExempt },
      offer: { perNode: offer.accelerator.perNode, multiNode: offer.interconnect.multiNode },
    },
    {
      rule: "eligibility",
      passed: organisationQualifies(offer.eligibility.anyOf, org, place),
      need: {
        hkRegistered: org.hkRegistered,
        mainlandEntity: org.mainlandEntity,
        university: org.university,
        overseasEntities: org.overseasEntities,
        memberOf: org.memberOf,
      },
      offer: { anyOf: offer.eligibility.anyOf, country: offer.location.country, hostCountries: hostCountries(place) },
    },
    {
      rule: "lead-time",
      passed: availableDays === null || lead.leadTimeDays <= availableDays,
      need: { startBy: needs.startBy, availableDays },
      offer: lead,
    },
  ];
}

/**
 * The reason (message key + typed params) for a failed check, as the excluded list and the
 * API's `reasons` show it. Passed checks have none.
 */
export function failureReason(c: RuleCheck): Reason | null {
  if (c.passed) return null;
  switch (c.rule) {
    case "workload-kind":
      return reason(c.need.workload === "cpu-hpc" ? "exclude.needs-cpu" : "exclude.needs-accelerator", { model: c.offer.modelName });
    case "residency":
      return reason("exclude.residency", { rule: c.need.residency, jurisdiction: c.offer.jurisdiction });
    case "sensitivity":
      return reason("exclude.sensitivity", { sensitivity: c.need.sensitivity, jurisdiction: c.offer.jurisdiction });
    case "accelerator-model":
      return reason("exclude.accelerator-model", { wanted: c.need.model, offered: c.offer.model });
    case "accelerator-memory":
      return reason("exclude.accelerator-memory", { wantedGb: c.need.minMemoryGb, offeredGb: c.offer.memoryGb });
    case "concurrency":
      return reason("exclude.concurrency", { peak: c.need.held, max: c.offer.maxAccelerators });
    case "multi-node":
      return reason("exclude.multi-node", { fabric: c.offer.fabric });
    case "single-node-fit":
      return reason("exclude.spans-nodes", { peak: c.need.peak, perNode: c.offer.perNode });
    case "eligibility":
      // A named-institution entry lists its institution ids (labels.institution.*), the others their kind.
      return reason("exclude.eligibility", { anyOf: c.offer.anyOf.flatMap((e) => (typeof e === "string" ? [e] : e.memberOf)) });
    case "lead-time":
      return reason("exclude.lead-time", {
        leadDays: c.offer.leadTimeDays,
        availableDays: c.need.availableDays ?? 0,
        startBy: c.need.startBy ?? "",
      });
    case "budget":
      return reason("exclude.budget", { costHkd: Math.round(c.offer.costHkd), budgetHkd: c.need.budgetHkd });
  }
}
