/**
 * Properties over random needs (seeded, so runs are repeatable): a frozen scenario survives the
 * JSON export and the database unchanged, recomputing with the same catalogue changes nothing,
 * and a comparison of a scenario with itself shows no difference.
 */
import fc from "fast-check";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { compareScenarios } from "@/lib/consultations/compare-scenarios";
import { computeScenario } from "@/lib/consultations/compute-scenario";
import { diffResults } from "@/lib/consultations/diff-results";
import { exportScenario, scenarioExportSchema } from "@/lib/consultations/scenario-export";
import { SCORING_METHODS } from "@/lib/domain/scoring/scoring-method";
import { createSeededRandom } from "@/lib/domain/random/seeded-random";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { randomNeeds } from "@/lib/needs/random-needs";
import { openSqliteRepository } from "@/lib/persistence/sqlite/sqlite-repository";
import { TEST_AS_OF } from "@/tests/fixtures/builders";

const dir = mkdtempSync(join(tmpdir(), "ca-prop-"));
const repo = openSqliteRepository({ file: join(dir, "p.db") });
afterAll(async () => {
  await repo.close();
  rmSync(dir, { recursive: true, force: true });
});

const inputArb = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  method: fc.constantFrom(...SCORING_METHODS),
  weights: fc.record({
    price: fc.integer({ min: 0, max: 10 }),
    security: fc.integer({ min: 0, max: 10 }),
    performance: fc.integer({ min: 0, max: 10 }),
    approval: fc.integer({ min: 0, max: 10 }),
    ux: fc.integer({ min: 1, max: 10 }),
  }),
});

type Input = typeof inputArb extends fc.Arbitrary<infer T> ? T : never;

const compute = (i: Input) =>
  computeScenario(
    { needs: randomNeeds(createSeededRandom(i.seed)), weights: i.weights, method: i.method, currency: "HKD" },
    catalogue,
    TEST_AS_OF,
  );

describe("scenario properties", () => {
  it("export → import and save → read keep the frozen result exactly", async () => {
    const c = await repo.createConsultation({ client: "Property" });
    await fc.assert(
      fc.asyncProperty(inputArb, async (i) => {
        const s = compute(i);
        const plain = JSON.parse(JSON.stringify(s));
        const file = scenarioExportSchema.parse(JSON.parse(JSON.stringify(exportScenario({ name: "P", ...s }, new Date(0)))));
        expect(file.snapshot).toEqual(plain.snapshot);
        expect(file.input).toEqual(plain.input);
        const [saved] = (await repo.addScenarios(c.id, [{ name: "P", source: "advisor", ...s }]))!;
        expect(saved!.snapshot).toEqual(plain.snapshot);
        expect(saved!.input).toEqual(plain.input);
      }),
      { seed: 20261203, numRuns: 40 },
    );
  });

  it("recomputing with the same catalogue and date changes nothing; a scenario compared with itself differs nowhere", () => {
    fc.assert(
      fc.property(inputArb, (i) => {
        const a = compute(i);
        const b = compute(i);
        expect(diffResults(a.snapshot.result, b.snapshot.result).changedCount).toBe(0);
        const cmp = compareScenarios([
          { id: "a", name: "a", input: a.input, result: a.snapshot.result },
          { id: "b", name: "b", input: b.input, result: b.snapshot.result },
        ]);
        expect(cmp.inputDifferences).toEqual([]);
        expect(cmp.rows.some((r) => r.differs.rank || r.differs.cost || r.differs.total)).toBe(false);
      }),
      { seed: 20261204, numRuns: 60 },
    );
  });

  it("the default weights are what a scenario without weights is computed with", () => {
    const s = computeScenario(
      { needs: randomNeeds(createSeededRandom(7)), weights: DEFAULT_WEIGHTS, method: "weighted-sum", currency: "HKD" },
      catalogue,
      TEST_AS_OF,
    );
    expect(s.snapshot.result.weights).toEqual(s.input.weights);
  });
});
