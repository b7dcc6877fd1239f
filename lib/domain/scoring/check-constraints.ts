import type { Accelerator, Offer } from "@/lib/catalogue/offer-schema";
import type { Needs } from "@/lib/needs/needs-schema";
import { organisationQualifies } from "../cost/estimate-cost";
import { allows, RESIDENCY_ALLOWS, SENSITIVITY_ALLOWS } from "./jurisdiction-policy";
import { reason, type Reason } from "./reason";

/** Whole days from `from` to `to` (YYYY-MM-DD, UTC); negative if `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Hard constraints that do not depend on cost. Returns every failed rule (empty = feasible),
 * so an excluded offer is always shown with all of its reasons. `asOf` is today's date
 * (YYYY-MM-DD), passed in so the core never reads a clock.
 */
export function checkConstraints(offer: Offer, acc: Accelerator, needs: Needs, asOf: string): Reason[] {
  const out: Reason[] = [];
  const j = offer.location.jurisdiction;
  const isCpu = acc.kind === "cpu-node";
  if (needs.workload === "cpu-hpc" && !isCpu) out.push(reason("exclude.needs-cpu", { model: acc.name }));
  if (needs.workload !== "cpu-hpc" && isCpu) out.push(reason("exclude.needs-accelerator", { model: acc.name }));
  if (!allows(RESIDENCY_ALLOWS[needs.residency], j)) out.push(reason("exclude.residency", { rule: needs.residency, jurisdiction: j }));
  if (!allows(SENSITIVITY_ALLOWS[needs.dataSensitivity], j)) out.push(reason("exclude.sensitivity", { sensitivity: needs.dataSensitivity, jurisdiction: j }));
  if (!isCpu && needs.accelerator.model !== "any" && needs.accelerator.model !== acc.id) {
    out.push(reason("exclude.accelerator-model", { wanted: needs.accelerator.model, offered: acc.id }));
  }
  if (!isCpu && acc.memoryGb < needs.accelerator.minMemoryGb) {
    out.push(reason("exclude.accelerator-memory", { wantedGb: needs.accelerator.minMemoryGb, offeredGb: acc.memoryGb }));
  }
  // Whole-node offers must hold the rounded-up node count, not just the peak.
  const held = offer.accelerator.allocation === "node" ? Math.ceil(needs.peakGpus / offer.accelerator.perNode) * offer.accelerator.perNode : needs.peakGpus;
  if (held > offer.maxAccelerators) out.push(reason("exclude.concurrency", { peak: held, max: offer.maxAccelerators }));
  if (needs.multiNode && !offer.interconnect.multiNode) out.push(reason("exclude.multi-node", { fabric: offer.interconnect.fabric }));
  // Inference replicas run independently, so serving on many single-GPU instances is fine.
  else if (!needs.multiNode && needs.workload !== "inference" && needs.peakGpus > offer.accelerator.perNode && !offer.interconnect.multiNode) {
    out.push(reason("exclude.spans-nodes", { peak: needs.peakGpus, perNode: offer.accelerator.perNode }));
  }
  if (!organisationQualifies(offer.eligibility.anyOf, needs.organisation)) {
    out.push(reason("exclude.eligibility", { anyOf: offer.eligibility.anyOf.join(", ") }));
  }
  if (needs.startBy !== null) {
    const available = daysBetween(asOf, needs.startBy);
    if (offer.leadTimeDays > available) out.push(reason("exclude.lead-time", { leadDays: offer.leadTimeDays, availableDays: available, startBy: needs.startBy }));
  }
  return out;
}
