/**
 * The repository contract: one suite every adapter must pass (SQLite and PostgreSQL). Each
 * test opens a fresh, empty store through `open`, so tests never see each other's rows.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { NewScenario } from "@/lib/persistence/records";
import type { Repository } from "@/lib/persistence/repository";
import { ID_PATTERN } from "@/lib/persistence/new-id";
import { makeNewScenario } from "@/tests/fixtures/scenario-builders";
import { makeDemandState } from "@/tests/fixtures/demand-scenario-builders";

export type OpenStore = (clock?: () => Date) => Promise<Repository>;

/** A clock that moves one second per reading, so every write has a distinct, ordered time. */
export function steppingClock(start = Date.parse("2026-11-25T01:00:00.000Z")) {
  let t = start;
  return () => new Date((t += 1000));
}

export function repositoryContract(label: string, open: OpenStore) {
  describe(`${label}: repository contract`, () => {
    let repo: Repository | undefined;
    const fresh = async () => (repo = await open(steppingClock()));
    afterEach(async () => {
      await repo?.close();
      repo = undefined;
    });

    it("creates, reads, updates, lists and deletes a consultation", async () => {
      const r = await fresh();
      const c = await r.createConsultation({ client: "Acme AI", organisation: "Acme Ltd", advisor: "Wong", notes: "first call" });
      expect(c.id).toMatch(ID_PATTERN);
      expect(await r.getConsultation(c.id)).toEqual(c);
      const u = await r.updateConsultation(c.id, { notes: "second call", organisation: null });
      expect(u).toMatchObject({ id: c.id, client: "Acme AI", organisation: null, notes: "second call" });
      expect(u!.updatedAt > c.updatedAt).toBe(true);
      expect(u!.createdAt).toBe(c.createdAt);
      const list = await r.listConsultations();
      expect(list.map((x) => x.id)).toEqual([c.id]);
      expect(list[0]!.scenarioCount).toBe(0);
      expect(await r.deleteConsultation(c.id)).toBe(true);
      expect(await r.getConsultation(c.id)).toBeNull();
      expect(await r.listConsultations()).toEqual([]);
      expect(await r.deleteConsultation(c.id)).toBe(false);
    });

    it("undoes a delete, and purges only what was deleted before the cut-off", async () => {
      const r = await fresh();
      const a = await r.createConsultation({ client: "A" });
      const b = await r.createConsultation({ client: "B" });
      await r.addScenarios(a.id, [makeNewScenario()]);
      await r.deleteConsultation(a.id);
      const restored = await r.restoreConsultation(a.id);
      expect(restored?.client).toBe("A");
      expect(await r.listScenarios(a.id)).toHaveLength(1);
      expect(await r.restoreConsultation(a.id)).toBeNull();
      await r.deleteConsultation(b.id);
      expect(await r.purgeDeletedConsultations("2000-01-01T00:00:00.000Z")).toBe(0);
      expect(await r.purgeDeletedConsultations("2999-01-01T00:00:00.000Z")).toBe(1);
      expect(await r.restoreConsultation(b.id)).toBeNull();
      expect((await r.listConsultations()).map((x) => x.client)).toEqual(["A"]);
    });

    it("unknown ids answer null / false / empty, never throw", async () => {
      const r = await fresh();
      const ghost = "AAAAAAAAAAAAAAAAAAAAAA";
      expect(await r.getConsultation(ghost)).toBeNull();
      expect(await r.updateConsultation(ghost, { client: "x" })).toBeNull();
      expect(await r.addScenarios(ghost, [makeNewScenario()])).toBeNull();
      expect(await r.listScenarios(ghost)).toEqual([]);
      expect(await r.getScenario(ghost, ghost)).toBeNull();
      expect(await r.updateScenario(ghost, ghost, { name: "x" })).toBeNull();
      expect(await r.deleteScenario(ghost, ghost)).toBe(false);
      expect(await r.createIntakeLink(ghost, "h", "2999-01-01T00:00:00.000Z")).toBeNull();
      expect(await r.revokeIntakeLink(ghost, ghost)).toBe(false);
      // Strings that are not ids (a NUL, an over-long or empty one) never reach the database.
      for (const bad of ["x\u0000y", "a".repeat(5000), "", "../etc"]) {
        expect(await r.getConsultation(bad)).toBeNull();
        expect(await r.getScenario(bad, bad)).toBeNull();
        expect(await r.listScenarios(bad)).toEqual([]);
        expect(await r.deleteConsultation(bad)).toBe(false);
        expect(await r.submitIntake(bad, makeNewScenario())).toBeNull();
      }
    });

    it("searches (case-insensitive, wildcards literal) and sorts with a stable tie-break", async () => {
      const r = await fresh();
      const x = await r.createConsultation({ client: "Zeta Robotics", notes: "needs 100% HK residency" });
      const y = await r.createConsultation({ client: "alpha Vision", organisation: "Alpha_Holdings" });
      const z = await r.createConsultation({ client: "Mid Labs", advisor: "Chan" });
      await r.updateConsultation(x.id, { advisor: "Lee" });
      expect((await r.listConsultations()).map((c) => c.id)).toEqual([x.id, z.id, y.id]);
      expect((await r.listConsultations({ sort: "updated-asc" })).map((c) => c.id)).toEqual([y.id, z.id, x.id]);
      expect((await r.listConsultations({ sort: "client-asc" })).map((c) => c.client)).toEqual([
        "alpha Vision",
        "Mid Labs",
        "Zeta Robotics",
      ]);
      expect((await r.listConsultations({ sort: "created-desc" })).map((c) => c.id)).toEqual([z.id, y.id, x.id]);
      expect((await r.listConsultations({ search: "ALPHA" })).map((c) => c.id)).toEqual([y.id]);
      expect((await r.listConsultations({ search: "chan" })).map((c) => c.id)).toEqual([z.id]);
      expect((await r.listConsultations({ search: "100%" })).map((c) => c.id)).toEqual([x.id]);
      expect((await r.listConsultations({ search: "a_h" })).map((c) => c.id)).toEqual([y.id]);
      expect(await r.listConsultations({ search: "a%h" })).toEqual([]);
    });

    it("stores scenarios with their frozen result, in order, and counts them", async () => {
      const r = await fresh();
      const c = await r.createConsultation({ client: "Acme" });
      const base = makeNewScenario({ name: "Baseline" });
      const hk = makeNewScenario({ name: "HK only", needs: { residency: "hk-only" } });
      const saved = await r.addScenarios(c.id, [base, hk]);
      expect(saved!.map((s) => [s.name, s.position, s.source])).toEqual([
        ["Baseline", 0, "advisor"],
        ["HK only", 1, "advisor"],
      ]);
      const back = await r.getScenario(c.id, saved![1]!.id);
      expect(back!.input).toEqual(hk.input);
      expect(back!.snapshot).toEqual(JSON.parse(JSON.stringify(hk.snapshot)));
      expect(back!.catalogueVersion).toBe(hk.catalogueVersion);
      expect(back!.computedOn).toBe(hk.computedOn);
      const [third] = (await r.addScenarios(c.id, [makeNewScenario({ name: "Third" })]))!;
      expect(third!.position).toBe(2);
      expect((await r.listScenarios(c.id)).map((s) => s.name)).toEqual(["Baseline", "HK only", "Third"]);
      expect((await r.listConsultations())[0]!.scenarioCount).toBe(3);
      const after = await r.getConsultation(c.id);
      expect(after!.updatedAt > c.updatedAt).toBe(true);
    });

    it("renames, moves, replaces a result and deletes a scenario; another consultation's id does not reach it", async () => {
      const r = await fresh();
      const c = await r.createConsultation({ client: "Acme" });
      const other = await r.createConsultation({ client: "Other" });
      const [s] = (await r.addScenarios(c.id, [makeNewScenario()]))!;
      expect(await r.getScenario(other.id, s!.id)).toBeNull();
      expect(await r.updateScenario(other.id, s!.id, { name: "x" })).toBeNull();
      expect(await r.deleteScenario(other.id, s!.id)).toBe(false);
      const renamed = await r.updateScenario(c.id, s!.id, { name: "  Renamed  " });
      expect(renamed!.name).toBe("Renamed");
      const next = makeNewScenario({ needs: { residency: "hk-only" } });
      const replaced = await r.replaceScenarioResult(c.id, s!.id, next);
      expect(replaced!.input.needs.residency).toBe("hk-only");
      expect(replaced!.snapshot.result.ranked.map((x) => x.offerId)).toEqual(next.snapshot.result.ranked.map((x) => x.offerId));
      expect(await r.deleteScenario(c.id, s!.id)).toBe(true);
      expect(await r.listScenarios(c.id)).toEqual([]);
    });

    it("a failed batch write leaves nothing half-saved", async () => {
      const r = await fresh();
      const c = await r.createConsultation({ client: "Acme" });
      const before = await r.getConsultation(c.id);
      const good = makeNewScenario({ name: "Good" });
      const bad = {
        ...makeNewScenario({ name: "Bad" }),
        input: { ...good.input, needs: { ...good.input.needs, gpuHoursPerMonth: -5 } },
      } as NewScenario;
      await expect(r.addScenarios(c.id, [good, good, bad])).rejects.toThrow();
      expect(await r.listScenarios(c.id)).toEqual([]);
      expect(await r.getConsultation(c.id)).toEqual(before);
      const blank = { ...good, name: "   " };
      await expect(r.addScenarios(c.id, [good, blank])).rejects.toThrow();
      expect(await r.listScenarios(c.id)).toEqual([]);
      await expect(r.createConsultation({ client: "" })).rejects.toThrow();
      await expect(r.createConsultation({ client: "nul\u0000byte" })).rejects.toThrow();
      expect((await r.listConsultations()).length).toBe(1);
    });

    it("intake links: find by token hash, revoke, expire, submit adds one scenario", async () => {
      const r = await fresh();
      const c = await r.createConsultation({ client: "Acme" });
      const link = await r.createIntakeLink(c.id, "hash-1", "2999-01-01T00:00:00.000Z");
      expect(link!.id).toMatch(ID_PATTERN);
      expect(await r.findIntakeLink("hash-1")).toEqual(link);
      expect(await r.findIntakeLink("hash-2")).toBeNull();
      const s = await r.submitIntake(link!.id, makeNewScenario({ name: "Client intake", source: "intake" }));
      expect(s).toMatchObject({ name: "Client intake", source: "intake", consultationId: c.id });
      expect((await r.findIntakeLink("hash-1"))!.lastUsedAt).not.toBeNull();
      expect(await r.revokeIntakeLink(c.id, link!.id)).toBe(true);
      expect(await r.revokeIntakeLink(c.id, link!.id)).toBe(false);
      expect(await r.submitIntake(link!.id, makeNewScenario())).toBeNull();
      const expired = await r.createIntakeLink(c.id, "hash-3", "2000-01-01T00:00:00.000Z");
      expect(await r.submitIntake(expired!.id, makeNewScenario())).toBeNull();
      expect((await r.listScenarios(c.id)).length).toBe(1);
      expect((await r.listIntakeLinks(c.id)).length).toBe(2);
      await r.deleteConsultation(c.id);
      expect(await r.findIntakeLink("hash-1")).toBeNull();
    });

    it("saves, lists, renames, re-settles and deletes demand scenarios", async () => {
      const r = await fresh();
      const base = makeDemandState();
      const a = await r.createDemandScenario({ name: "  Base case  ", state: base });
      expect(a.id).toMatch(ID_PATTERN);
      expect(a.name).toBe("Base case");
      expect(a.state).toEqual(base);
      const cheap = makeDemandState({ source: "consultations", centre: { priceHkdPerCardHour: 12.5, tools: [] }, centreConstant: -2 });
      const b = await r.createDemandScenario({ name: "Cheap", state: cheap });
      expect(await r.getDemandScenario(b.id)).toEqual(b);
      expect((await r.listDemandScenarios()).map((s) => s.name)).toEqual(["Cheap", "Base case"]);
      const renamed = await r.updateDemandScenario(a.id, { name: "Base" });
      expect(renamed).toMatchObject({ id: a.id, name: "Base", state: base, createdAt: a.createdAt });
      expect(renamed!.updatedAt > a.updatedAt).toBe(true);
      expect((await r.listDemandScenarios()).map((s) => s.name)).toEqual(["Base", "Cheap"]);
      const moved = await r.updateDemandScenario(b.id, { state: { ...cheap, lambda: 0.3 } });
      expect(moved!.state.lambda).toBe(0.3);
      expect(moved!.name).toBe("Cheap");
      expect(await r.deleteDemandScenario(a.id)).toBe(true);
      expect(await r.deleteDemandScenario(a.id)).toBe(false);
      expect(await r.getDemandScenario(a.id)).toBeNull();
      expect(await r.updateDemandScenario(a.id, { name: "x" })).toBeNull();
      expect((await r.listDemandScenarios()).map((s) => s.id)).toEqual([b.id]);
      for (const bad of ["x\u0000y", "a".repeat(5000), "", "../etc"]) {
        expect(await r.getDemandScenario(bad)).toBeNull();
        expect(await r.deleteDemandScenario(bad)).toBe(false);
      }
    });

    it("refuses an invalid demand scenario whole, writing nothing", async () => {
      const r = await fresh();
      const good = makeDemandState();
      const s = await r.createDemandScenario({ name: "Good", state: good });
      const bad = [
        { name: "", state: good },
        { name: "nul\u0000", state: good },
        { name: "x".repeat(121), state: good },
        { name: "Bad price", state: { ...good, centre: { ...good.centre, priceHkdPerCardHour: -1 } } },
        { name: "Bad firms", state: { ...good, firms: 0 } },
        { name: "Extra", state: { ...good, owner: "me" } },
      ];
      for (const b of bad) await expect(r.createDemandScenario(b as never)).rejects.toThrow();
      await expect(r.updateDemandScenario(s.id, {})).rejects.toThrow();
      await expect(r.updateDemandScenario(s.id, { name: "Renamed", state: { ...good, lambda: 7 } })).rejects.toThrow();
      expect(await r.listDemandScenarios()).toEqual([s]);
    });

    it("lists the needs of each live consultation's current scenario, and nothing else", async () => {
      const r = await fresh();
      const a = await r.createConsultation({ client: "Alpha Secret Ltd", notes: "private note" });
      const b = await r.createConsultation({ client: "Beta" });
      const gone = await r.createConsultation({ client: "Deleted" });
      await r.createConsultation({ client: "No scenarios yet" });
      const [a1] = (await r.addScenarios(a.id, [makeNewScenario({ name: "A1", needs: { gpuHoursPerMonth: 100 } })]))!;
      await r.addScenarios(a.id, [makeNewScenario({ name: "A2", needs: { gpuHoursPerMonth: 200 } })]);
      await r.addScenarios(b.id, [makeNewScenario({ name: "B1", needs: { gpuHoursPerMonth: 300, residency: "hk-only" } })]);
      await r.addScenarios(gone.id, [makeNewScenario({ name: "G1", needs: { gpuHoursPerMonth: 400 } })]);
      await r.deleteConsultation(gone.id);
      // A's current scenario is the one changed last: A2, until A1 is renamed.
      expect((await r.listCurrentScenarioNeeds()).map((n) => n.gpuHoursPerMonth)).toEqual([200, 300]);
      await r.updateScenario(a.id, a1!.id, { name: "A1 again" });
      const needs = await r.listCurrentScenarioNeeds();
      expect(needs.map((n) => [n.gpuHoursPerMonth, n.residency])).toEqual([
        [100, "anywhere"],
        [300, "hk-only"],
      ]);
      expect(JSON.stringify(needs)).not.toMatch(/Alpha|Secret|private|Beta|A1|B1/);
    });

    it("advisors: unique e-mail (case-insensitive), password change, delete", async () => {
      const r = await fresh();
      const a = await r.createAdvisor("Wong@Example.org", "hash");
      expect(a.email).toBe("wong@example.org");
      expect((await r.findAdvisorByEmail("WONG@example.org"))!.id).toBe(a.id);
      expect((await r.findAdvisorById(a.id))!.email).toBe("wong@example.org");
      await expect(r.createAdvisor("wong@example.org", "other")).rejects.toThrow();
      expect(await r.setAdvisorPassword("wong@example.org", "hash2")).toBe(true);
      expect((await r.findAdvisorByEmail("wong@example.org"))!.passwordHash).toBe("hash2");
      expect((await r.listAdvisors()).map((x) => x.email)).toEqual(["wong@example.org"]);
      expect(await r.deleteAdvisor("wong@example.org")).toBe(true);
      expect(await r.findAdvisorById(a.id)).toBeNull();
    });

    it("counts login failures in a window and clears them", async () => {
      const r = await fresh();
      await r.recordLoginFailure("email:a@b.c");
      await r.recordLoginFailure("email:a@b.c");
      await r.recordLoginFailure("ip:1.2.3.4");
      expect(await r.countLoginFailures("email:a@b.c", "2000-01-01T00:00:00.000Z")).toBe(2);
      expect(await r.countLoginFailures("email:a@b.c", "2999-01-01T00:00:00.000Z")).toBe(0);
      await r.clearLoginFailures("email:a@b.c");
      expect(await r.countLoginFailures("email:a@b.c", "2000-01-01T00:00:00.000Z")).toBe(0);
      expect(await r.countLoginFailures("ip:1.2.3.4", "2000-01-01T00:00:00.000Z")).toBe(1);
    });
  });
}
