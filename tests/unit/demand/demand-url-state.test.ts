import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { decodeDemandState, defaultDemandState, encodeDemandState } from "@/lib/demand/demand-url-state";

const q = (s: string) => Object.fromEntries(new URLSearchParams(s));

describe("demand URL state", () => {
  it("no parameters → the defaults, read from the catalogue, no problem", () => {
    const r = decodeDemandState({}, catalogue);
    expect(r.problem).toBeNull();
    expect(r.state).toEqual(defaultDemandState(catalogue));
    expect(r.state.firms).toBe(216);
  });

  it("round-trips every setting", () => {
    const s = { ...defaultDemandState(catalogue), firms: 5000, seed: 9, lambda: 0.2, centreConstant: -3.5 };
    s.centre = {
      ...s.centre,
      priceHkdPerCardHour: 25.5,
      subsidyShare: 0.5,
      subsidyEligibility: "government-funded",
      tools: ["api"],
      capacityAccelerators: 800,
      targetUtilisation: 0.9,
      leadTimeDays: 14,
    };
    expect(decodeDemandState(q(encodeDemandState(s)), catalogue)).toEqual({ state: s, problem: null });
  });

  it("carries the consultations source as pop=, and leaves links without it on the synthetic firms", () => {
    const s = { ...defaultDemandState(catalogue), source: "consultations" as const };
    const encoded = encodeDemandState(s);
    expect(encoded).toContain("pop=consultations");
    expect(decodeDemandState(q(encoded), catalogue)).toEqual({ state: s, problem: null });
    expect(encodeDemandState(defaultDemandState(catalogue))).not.toContain("pop=");
    expect(decodeDemandState(q("v=1&firms=10"), catalogue).state.source).toBe("synthetic");
    expect(decodeDemandState(q("v=1&pop=imported"), catalogue).problem).toBe("invalid");
  });

  it("keeps the cloud-constant default as an empty asc", () => {
    const s = defaultDemandState(catalogue);
    expect(decodeDemandState(q(encodeDemandState(s)), catalogue).state.centreConstant).toBeNull();
  });

  it.each([
    ["v=1&firms=-4", "invalid"],
    ["v=1&price=abc", "invalid"],
    ["v=1&tools=jupyter,teleport", "invalid"],
    ["v=1&subsidy=2", "invalid"],
    ["v=9&firms=10", "unknown-version"],
  ])("%s falls back to the defaults with a notice (%s)", (s, problem) => {
    const r = decodeDemandState(q(s), catalogue);
    expect(r.problem).toBe(problem);
    expect(r.state).toEqual(defaultDemandState(catalogue));
  });

  it("a link without v is read as version 1 and partial links fill the rest from defaults", () => {
    const r = decodeDemandState(q("price=30"), catalogue);
    expect(r.problem).toBeNull();
    expect(r.state.centre.priceHkdPerCardHour).toBe(30);
    expect(r.state.centre.capacityAccelerators).toBe(defaultDemandState(catalogue).centre.capacityAccelerators);
  });
});
