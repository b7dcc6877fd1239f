import type { Accelerator, Offer } from "@/lib/catalogue/offer-schema";
import type { Needs } from "@/lib/needs/needs-schema";
import { daysBetween } from "../calendar";
import { EXPORT_FILING_DAYS, mainlandExportRoute } from "../data-transfer";
import { hostCountries, organisationQualifies } from "../eligibility";
import { reason, type Reason } from "../reason";
import { allows, RESIDENCY_ALLOWS, SENSITIVITY_ALLOWS } from "./jurisdiction-policy";
import type { RuleCheck } from "./rule-check";
import { frozenClone } from "../frozen-clone";

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

type NeedSide<R extends RuleCheck["rule"]> = Extract<RuleCheck, { rule: R }>["need"];
type OfferSide<R extends RuleCheck["rule"]> = Extract<RuleCheck, { rule: R }>["offer"];

/**
 * The need side of every rule check for one needs object and reference date: the same for
 * every offer, so built once per recommend() call and shared (frozen, see frozen-clone.ts);
 * the two sides that vary with the offer are kept per variant.
 */
export type NeedSides = {
  readonly needs: Needs;
  readonly referenceDate: string;
  readonly workloadKind: NeedSide<"workload-kind">;
  readonly residency: NeedSide<"residency">;
  readonly sensitivity: NeedSide<"sensitivity">;
  readonly model: NeedSide<"accelerator-model">;
  readonly memory: NeedSide<"accelerator-memory">;
  readonly multiNode: NeedSide<"multi-node">;
  readonly eligibility: NeedSide<"eligibility">;
  readonly leadTime: NeedSide<"lead-time">;
  readonly concurrency: Map<string, NeedSide<"concurrency">>;
  readonly singleNodeFit: Map<boolean, NeedSide<"single-node-fit">>;
};

/** The need sides of `needs` on `referenceDate` (YYYY-MM-DD), for checkConstraints. */
export function needSides(needs: Needs, referenceDate: string): NeedSides {
  const org = needs.organisation;
  return {
    needs,
    referenceDate,
    workloadKind: frozenClone({ workload: needs.workload }),
    residency: frozenClone({ residency: needs.residency, allowed: RESIDENCY_ALLOWS[needs.residency] }),
    sensitivity: frozenClone({ sensitivity: needs.dataSensitivity, allowed: SENSITIVITY_ALLOWS[needs.dataSensitivity] }),
    model: frozenClone({ model: needs.accelerator.model }),
    memory: frozenClone({ minMemoryGb: needs.accelerator.minMemoryGb }),
    multiNode: frozenClone({ multiNode: needs.multiNode }),
    eligibility: frozenClone({
      hkRegistered: org.hkRegistered,
      mainlandEntity: org.mainlandEntity,
      university: org.university,
      overseasEntities: org.overseasEntities,
      memberOf: org.memberOf,
    }),
    leadTime: frozenClone({ startBy: needs.startBy, availableDays: needs.startBy === null ? null : daysBetween(referenceDate, needs.startBy) }),
    concurrency: new Map(),
    singleNodeFit: new Map(),
  };
}

type OfferSides = {
  acc: Accelerator;
  workloadKind: OfferSide<"workload-kind">;
  place: OfferSide<"residency">;
  model: OfferSide<"accelerator-model">;
  memory: OfferSide<"accelerator-memory">;
  concurrency: OfferSide<"concurrency">;
  multiNode: OfferSide<"multi-node">;
  singleNodeFit: OfferSide<"single-node-fit">;
  eligibility: OfferSide<"eligibility">;
  /** By export filing days (the only part that depends on the needs). */
  leadTime: Map<number, OfferSide<"lead-time">>;
};

// The offer side of a check depends only on the offer and its accelerator (catalogue data,
// never changed once loaded): built once per offer, shared by every request, frozen.
const offerSidesOf = new WeakMap<Offer, OfferSides>();

function offerSides(offer: Offer, acc: Accelerator): OfferSides {
  let s = offerSidesOf.get(offer);
  if (s?.acc !== acc) {
    const place = { country: offer.location.country, jurisdiction: offer.location.jurisdiction };
    s = {
      acc,
      workloadKind: frozenClone({ acceleratorKind: acc.kind, model: acc.id, modelName: acc.name }),
      place: frozenClone({ jurisdiction: offer.location.jurisdiction }),
      model: frozenClone({ model: acc.id }),
      memory: frozenClone({ memoryGb: acc.memoryGb }),
      concurrency: frozenClone({ maxAccelerators: offer.maxAccelerators, perNode: offer.accelerator.perNode }),
      multiNode: frozenClone({ multiNode: offer.interconnect.multiNode, fabric: offer.interconnect.fabric }),
      singleNodeFit: frozenClone({ perNode: offer.accelerator.perNode, multiNode: offer.interconnect.multiNode }),
      eligibility: frozenClone({ anyOf: offer.eligibility.anyOf, country: offer.location.country, hostCountries: hostCountries(place) }),
      leadTime: new Map(),
    };
    offerSidesOf.set(offer, s);
  }
  return s;
}

function memo<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}

/**
 * Every hard rule that does not depend on cost, checked for one offer, passed or failed
 * (rule-check.ts lists them). `referenceDate` is today's date (YYYY-MM-DD), passed in so the
 * core never reads a clock. The budget rule is checked after costing (recommend.ts).
 * `sides`: needSides(needs, referenceDate), when the caller checks many offers against the
 * same needs (recommend() does); the checks' `need` and `offer` objects are shared and frozen.
 */
export function checkConstraints(offer: Offer, acc: Accelerator, needs: Needs, referenceDate: string, sides?: NeedSides): RuleCheck[] {
  const n = sides?.needs === needs && sides.referenceDate === referenceDate ? sides : needSides(needs, referenceDate);
  const o = offerSides(offer, acc);
  const j = offer.location.jurisdiction;
  const isCpu = acc.kind === "cpu-node";
  const cpuWork = needs.workload === "cpu-hpc";
  const held = heldAccelerators(offer, needs.peakGpus);
  const wholeNodes = offer.accelerator.allocation === "node";
  // Inference replicas run independently, so serving on many single-GPU instances is fine.
  const singleNodeExempt = needs.multiNode || needs.workload === "inference" || offer.interconnect.multiNode;
  const place = { country: offer.location.country, jurisdiction: j };
  const lead = effectiveLeadTime(offer, needs);
  const availableDays = n.leadTime.availableDays;
  return [
    { rule: "workload-kind", passed: cpuWork === isCpu, need: n.workloadKind, offer: o.workloadKind },
    { rule: "residency", passed: allows(RESIDENCY_ALLOWS[needs.residency], j), need: n.residency, offer: o.place },
    { rule: "sensitivity", passed: allows(SENSITIVITY_ALLOWS[needs.dataSensitivity], j), need: n.sensitivity, offer: o.place },
    // A CPU node has no accelerator model or memory to match: those rules pass for it.
    {
      rule: "accelerator-model",
      passed: isCpu || needs.accelerator.model === "any" || needs.accelerator.model === acc.id,
      need: n.model,
      offer: o.model,
    },
    { rule: "accelerator-memory", passed: isCpu || acc.memoryGb >= needs.accelerator.minMemoryGb, need: n.memory, offer: o.memory },
    {
      rule: "concurrency",
      passed: held <= offer.maxAccelerators,
      need: memo(n.concurrency, `${held}/${wholeNodes}`, () => frozenClone({ peak: needs.peakGpus, held, wholeNodes })),
      offer: o.concurrency,
    },
    { rule: "multi-node", passed: !needs.multiNode || offer.interconnect.multiNode, need: n.multiNode, offer: o.multiNode },
    {
      rule: "single-node-fit",
      passed: singleNodeExempt || needs.peakGpus <= offer.accelerator.perNode,
      need: memo(n.singleNodeFit, singleNodeExempt, () =>
        frozenClone({ peak: needs.peakGpus, multiNode: needs.multiNode, workload: needs.workload, exempt: singleNodeExempt }),
      ),
      offer: o.singleNodeFit,
    },
    { rule: "eligibility", passed: organisationQualifies(offer.eligibility.anyOf, needs.organisation, place), need: n.eligibility, offer: o.eligibility },
    {
      rule: "lead-time",
      passed: availableDays === null || lead.leadTimeDays <= availableDays,
      need: n.leadTime,
      offer: memo(o.leadTime, lead.exportFilingDays, () => frozenClone(lead)),
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
