import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { TOOLS } from "@/lib/catalogue/catalogue-vocabulary";
import { CENTRE_CONSTANT_RANGE, LAMBDA_RANGE, MAX_PAGE_FIRMS, MAX_SEED } from "@/lib/demand/demand-limits";
import { decodeDemandState } from "@/lib/demand/demand-url-state";
import {
  DEMAND_POPULATION_SOURCES,
  DEMAND_STATE_VERSION,
  encodeDemandState,
  type DemandPageState,
} from "@/lib/demand/encode-demand-state";
import { SUBSIDY_ELIGIBILITIES } from "@/lib/domain/demand/subsidy-eligibility";
import { makeDemandState } from "@/tests/fixtures/demand-scenario-builders";

const q = (s: string) => Object.fromEntries(new URLSearchParams(s));

/** A finite double in [min, max], with -0 read as 0 (a URL cannot tell them apart). */
const real = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => x + 0);

/** Any state the page can hold within the decoder's bounds. */
const stateArb: fc.Arbitrary<DemandPageState> = fc.record({
  source: fc.constantFrom(...DEMAND_POPULATION_SOURCES),
  firms: fc.integer({ min: 1, max: MAX_PAGE_FIRMS }),
  seed: fc.integer({ min: 0, max: MAX_SEED }),
  centre: fc.record({
    priceHkdPerCardHour: real(0, 10_000),
    subsidyShare: real(0, 1),
    subsidyEligibility: fc.constantFrom(...SUBSIDY_ELIGIBILITIES),
    leadTimeDays: real(0, 3650),
    tools: fc.subarray([...TOOLS]),
    capacityAccelerators: fc.integer({ min: 0, max: 1_000_000 }),
    targetUtilisation: real(1e-9, 1),
  }),
  lambda: real(LAMBDA_RANGE.min, LAMBDA_RANGE.max),
  centreConstant: fc.option(real(CENTRE_CONSTANT_RANGE.min, CENTRE_CONSTANT_RANGE.max), { nil: null }),
});

describe("encodeDemandState", () => {
  it("round-trips any in-range state through decodeDemandState exactly", () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        expect(decodeDemandState(q(encodeDemandState(s)), catalogue)).toEqual({ state: s, problem: null });
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic and yields a different query for a different state", () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        expect(encodeDemandState(a)).toBe(encodeDemandState({ ...a, centre: { ...a.centre } }));
        const sameState = JSON.stringify(a) === JSON.stringify(b);
        expect(encodeDemandState(a) === encodeDemandState(b)).toBe(sameState);
      }),
      { numRuns: 200 },
    );
  });

  it("stamps the current version", () => {
    expect(q(encodeDemandState(makeDemandState())).v).toBe(String(DEMAND_STATE_VERSION));
  });

  it("writes tools as a readable comma list and an empty list as an empty value", () => {
    const withTools = q(encodeDemandState(makeDemandState({ centre: { tools: ["slurm", "jupyter"] } })));
    expect(withTools.tools).toBe("slurm,jupyter");
    const none = makeDemandState({ centre: { tools: [] } });
    expect(q(encodeDemandState(none)).tools).toBe("");
    expect(decodeDemandState(q(encodeDemandState(none)), catalogue).state.centre.tools).toEqual([]);
  });

  it("writes the cloud-constant default (null) as an empty asc and a set constant as its number", () => {
    expect(q(encodeDemandState(makeDemandState({ centreConstant: null }))).asc).toBe("");
    expect(q(encodeDemandState(makeDemandState({ centreConstant: -2.5 }))).asc).toBe("-2.5");
  });
});
