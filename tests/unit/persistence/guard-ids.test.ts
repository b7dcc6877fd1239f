import { describe, expect, it } from "vitest";
import { guardIds } from "@/lib/persistence/guard-ids";
import { newId } from "@/lib/persistence/new-id";
import type { Repository } from "@/lib/persistence/repository";

/** A stand-in repository that records every call and answers "reached" (or its own extra field). */
function recordingRepository() {
  const calls: string[] = [];
  const method =
    (name: string) =>
    async (...args: unknown[]) => {
      calls.push(`${name}(${args.map(String).join(", ")})`);
      return "reached";
    };
  const names = [
    "createConsultation", "getConsultation", "listConsultations", "updateConsultation", "deleteConsultation", "restoreConsultation",
    "purgeDeletedConsultations", "addScenarios", "listScenarios", "getScenario", "updateScenario", "replaceScenarioResult",
    "deleteScenario", "createIntakeLink", "listIntakeLinks", "findIntakeLink", "revokeIntakeLink", "submitIntake",
    "createDemandScenario", "listDemandScenarios", "getDemandScenario", "updateDemandScenario", "deleteDemandScenario",
    "listCurrentScenarioNeeds", "createAdvisor", "findAdvisorByEmail", "findAdvisorById", "setAdvisorPassword", "listAdvisors",
    "deleteAdvisor", "recordLoginFailure", "countLoginFailures", "clearLoginFailures", "close",
  ];
  const repo = { dialect: "sqlite", raw: "the adapter's own extra", ...Object.fromEntries(names.map((n) => [n, method(n)])) };
  return { calls, repo: repo as unknown as Repository & { raw: string } };
}

const id = newId();
const other = newId();
const NOT_IDS = ["", "x", "../../etc/passwd", "' OR 1=1 --", `${id}x`, id.slice(1), "中文中文中文中文中文中文中文中文中文中文中文"];

/** Each guarded method with valid ids, a way to put a non-id in each id position, and its "unknown id" answer. */
const GUARDED: [string, (a: string, b: string) => (r: Repository) => Promise<unknown>, unknown][] = [
  ["getConsultation", (a) => (r) => r.getConsultation(a), null],
  ["updateConsultation", (a) => (r) => r.updateConsultation(a, {}), null],
  ["deleteConsultation", (a) => (r) => r.deleteConsultation(a), false],
  ["restoreConsultation", (a) => (r) => r.restoreConsultation(a), null],
  ["addScenarios", (a) => (r) => r.addScenarios(a, []), null],
  ["listScenarios", (a) => (r) => r.listScenarios(a), []],
  ["getScenario", (a, b) => (r) => r.getScenario(a, b), null],
  ["updateScenario", (a, b) => (r) => r.updateScenario(a, b, {}), null],
  ["replaceScenarioResult", (a, b) => (r) => r.replaceScenarioResult(a, b, {} as never), null],
  ["deleteScenario", (a, b) => (r) => r.deleteScenario(a, b), false],
  ["createIntakeLink", (a) => (r) => r.createIntakeLink(a, "hash", "2027-01-01T00:00:00.000Z"), null],
  ["listIntakeLinks", (a) => (r) => r.listIntakeLinks(a), []],
  ["revokeIntakeLink", (a, b) => (r) => r.revokeIntakeLink(a, b), false],
  ["submitIntake", (a) => (r) => r.submitIntake(a, {} as never), null],
  ["getDemandScenario", (a) => (r) => r.getDemandScenario(a), null],
  ["updateDemandScenario", (a) => (r) => r.updateDemandScenario(a, {}), null],
  ["deleteDemandScenario", (a) => (r) => r.deleteDemandScenario(a), false],
  ["findAdvisorById", (a) => (r) => r.findAdvisorById(a), null],
];

describe("guardIds", () => {
  it.each(GUARDED)("%s passes well-formed ids to the adapter", async (name, call) => {
    const { calls, repo } = recordingRepository();
    expect(await call(id, other)(guardIds(repo))).toBe("reached");
    expect(calls).toHaveLength(1);
    expect(calls[0]!.startsWith(`${name}(${id}`)).toBe(true);
  });

  it.each(GUARDED)("%s answers as for an unknown id, without reaching the adapter, when any id is malformed", async (_name, call, miss) => {
    const { calls, repo } = recordingRepository();
    const guarded = guardIds(repo);
    const idCount = call.length; // (a) => … takes one id, (a, b) => … two
    for (const bad of NOT_IDS) {
      expect(await call(bad, other)(guarded)).toEqual(miss);
      if (idCount === 2) expect(await call(id, bad)(guarded)).toEqual(miss);
    }
    expect(calls).toEqual([]);
  });

  it("passes every other method through unchanged and keeps the adapter's own fields", async () => {
    const { calls, repo } = recordingRepository();
    const guarded = guardIds(repo);
    expect(guarded.raw).toBe("the adapter's own extra");
    expect(guarded.dialect).toBe("sqlite");
    expect(await guarded.findAdvisorByEmail("not-an-id@example.com")).toBe("reached");
    expect(await guarded.purgeDeletedConsultations("x")).toBe("reached");
    expect(calls).toEqual(["findAdvisorByEmail(not-an-id@example.com)", "purgeDeletedConsultations(x)"]);
  });
});
