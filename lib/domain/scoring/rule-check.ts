import type { EligibilityEntry, Jurisdiction } from "@/lib/catalogue/offer-schema";
import type { DataSensitivity, Residency, Workload } from "@/lib/needs/needs-schema";

/**
 * One hard rule checked for one offer: passed or failed, with the need's value and the
 * offer's value as typed data. `recommend()` returns a RuleCheck for EVERY hard rule of
 * EVERY offer (ranked and excluded), and excludes an offer exactly when one of them failed,
 * so the explain panel renders these and never re-derives a rule.
 *
 * Rule ids (message keys under `rules.<rule>` in the UI's messages):
 *  - workload-kind: CPU HPC needs a CPU node, other workloads an accelerator;
 *  - residency: the residency rule admits the offer's jurisdiction;
 *  - sensitivity: the data class may go to that jurisdiction (docs/method.md §4);
 *  - accelerator-model / accelerator-memory: the requested model / minimum memory;
 *  - concurrency: peak accelerators, rounded up to whole nodes for node-packaged offers, ≤ quota;
 *  - multi-node: a multi-node job needs a multi-node fabric;
 *  - single-node-fit: without multi-node, the peak must fit in one node (inference replicas exempt);
 *  - eligibility: the organisation matches one of the offer's `eligibility.anyOf` entries;
 *  - lead-time: first job possible by `startBy`;
 *  - budget: total cost ≤ budget (checked after costing; only present when a budget is set
 *    and every other rule passed).
 */
export type RuleCheck =
  | {
      rule: "workload-kind";
      passed: boolean;
      need: { workload: Workload };
      offer: { acceleratorKind: "gpu" | "npu" | "cpu-node"; model: string; modelName: string };
    }
  | {
      rule: "residency";
      passed: boolean;
      need: { residency: Residency; allowed: readonly Jurisdiction[] | "all" };
      offer: { jurisdiction: Jurisdiction };
    }
  | {
      rule: "sensitivity";
      passed: boolean;
      need: { sensitivity: DataSensitivity; allowed: readonly Jurisdiction[] | "all" };
      offer: { jurisdiction: Jurisdiction };
    }
  | { rule: "accelerator-model"; passed: boolean; need: { model: string }; offer: { model: string } }
  | { rule: "accelerator-memory"; passed: boolean; need: { minMemoryGb: number }; offer: { memoryGb: number } }
  | {
      rule: "concurrency";
      passed: boolean;
      /** `held` = peak rounded up to whole nodes when the offer rents whole nodes only. */
      need: { peak: number; held: number; wholeNodes: boolean };
      offer: { maxAccelerators: number; perNode: number };
    }
  | { rule: "multi-node"; passed: boolean; need: { multiNode: boolean }; offer: { multiNode: boolean; fabric: string } }
  | {
      rule: "single-node-fit";
      passed: boolean;
      /** `exempt`: the rule does not bind (multi-node job, inference replicas, or a multi-node offer). */
      need: { peak: number; multiNode: boolean; workload: Workload; exempt: boolean };
      offer: { perNode: number; multiNode: boolean };
    }
  | {
      rule: "eligibility";
      passed: boolean;
      need: {
        hkRegistered: boolean;
        mainlandEntity: boolean;
        university: boolean;
        overseasEntities: readonly string[];
        memberOf: readonly string[];
      };
      /** `hostCountries`: the countries whose entities count as host-country entities here. */
      offer: { anyOf: readonly EligibilityEntry[]; country: string; hostCountries: readonly string[] };
    }
  | {
      rule: "lead-time";
      passed: boolean;
      /** `availableDays` from the reference date to startBy; both null when no start date is set. */
      need: { startBy: string | null; availableDays: number | null };
      /** Lead time including any added data-export filing time. */
      offer: { leadTimeDays: number; baseLeadTimeDays: number; exportFilingDays: number };
    }
  | { rule: "budget"; passed: boolean; need: { budgetHkd: number }; offer: { costHkd: number } };

export type HardRule = RuleCheck["rule"];

/** Every hard rule id, in the order `recommend()` returns them. */
export const HARD_RULES = [
  "workload-kind",
  "residency",
  "sensitivity",
  "accelerator-model",
  "accelerator-memory",
  "concurrency",
  "multi-node",
  "single-node-fit",
  "eligibility",
  "lead-time",
  "budget",
] as const satisfies readonly HardRule[];

/** True when every check passed. */
export function allPassed(checks: readonly RuleCheck[]): boolean {
  return checks.every((c) => c.passed);
}
