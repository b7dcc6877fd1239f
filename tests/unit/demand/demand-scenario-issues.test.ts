import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { localiseDemandScenarioIssues } from "@/lib/demand/http/demand-scenario-issues";
import { LOCALES } from "@/lib/i18n/locales";
import demandEn from "@/lib/i18n/messages/en/demand.json";
import { demandScenarioPatchSchema, newDemandScenarioSchema } from "@/lib/persistence/demand-scenario-records";
import { makeDemandState } from "@/tests/fixtures/demand-scenario-builders";

/*
 * A saved demand scenario's 400: each zod issue named by the demand page's own label (the
 * control the user knows), in the caller's language, the path kept as the client sent it.
 */
const issuesOf = (schema: z.ZodType, body: unknown) => {
  const r = schema.safeParse(body, { reportInput: true });
  if (r.success) throw new Error("expected the body to be refused");
  return r.error.issues;
};

const good = makeDemandState();

describe("localiseDemandScenarioIssues", () => {
  it("names each field by the page's label and keeps the detail: one entry per issue, in order", () => {
    const issues = issuesOf(newDemandScenarioSchema, {
      name: " ",
      state: { ...good, firms: 0, centre: { ...good.centre, subsidyShare: 2, priceHkdPerCardHour: -1 }, centreConstant: "x" },
    });
    const out = localiseDemandScenarioIssues(issues, "en");
    expect(out.map((i) => i.path)).toEqual(issues.map((i) => i.path.join(".")));
    const byPath = Object.fromEntries(out.map((i) => [i.path, i]));
    expect(byPath["name"]!.field).toBe("Scenario name");
    expect(byPath["state.firms"]!.field).toBe("Number of firms");
    expect(byPath["state.centre.subsidyShare"]!.field).toBe("Subsidy share");
    expect(byPath["state.centre.priceHkdPerCardHour"]!.field).toBe("Price per card-hour");
    for (const i of out) expect(i.message.startsWith(`${i.field}: `), i.message).toBe(true);
    // The detail after the label is the generic validation wording, not empty and not doubled.
    expect(byPath["state.centre.subsidyShare"]!.message).toMatch(/^Subsidy share: .*\b1\b/);
    expect(byPath["state.firms"]!.message).not.toMatch(/Number of firms.*Number of firms/);
    expect(byPath["state.centreConstant"]!.field).toBe(demandEn.centre.constant);
  });

  it("a path deeper than any label is named by its nearest labelled parent", () => {
    const issues = issuesOf(newDemandScenarioSchema, {
      name: "ok",
      state: { ...good, centre: { ...good.centre, tools: ["jupyter", "abacus"] } },
    });
    const [out] = localiseDemandScenarioIssues(issues, "en");
    expect(out!.path).toBe("state.centre.tools.1");
    expect(out!.field).toBe(localiseDemandScenarioIssues([{ ...issues[0]!, path: ["state", "centre", "tools"] }], "en")[0]!.field);
    expect(out!.field).not.toMatch(/tools\.1|state/);
    // An unknown key inside the centre: named by the centre's section title.
    const extra = localiseDemandScenarioIssues(
      issuesOf(newDemandScenarioSchema, { name: "ok", state: { ...good, centre: { ...good.centre, colour: 1 } } }),
      "en",
    );
    expect(extra.map((i) => [i.path, i.field])).toEqual([["state.centre", "2. The centre (what-if)"]]);
    expect(extra[0]!.message).toContain("colour");
  });

  it("an issue of the body as a whole keeps the generic name (no page label to borrow)", () => {
    const out = localiseDemandScenarioIssues(issuesOf(newDemandScenarioSchema, { name: "ok", state: good, owner: "me" }), "en");
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ path: "", field: "Request" });
    expect(out[0]!.message).toMatch(/^Request: .*owner/);
  });

  it("this feature's own refinement (an empty PATCH) says what is missing, in each language", () => {
    const issues = issuesOf(demandScenarioPatchSchema, {});
    const texts = LOCALES.map((l) => localiseDemandScenarioIssues(issues, l)[0]!.message);
    expect(texts[0]).toBe("Request: give at least one field to change");
    expect(new Set(texts).size).toBe(3);
  });

  it("a refinement key that is not this feature's keeps the generic wording", () => {
    const issue = {
      code: "custom",
      path: ["name"],
      message: "raw zod text",
      params: { key: "someone-else" },
      input: "x",
    } as z.core.$ZodIssue;
    const [out] = localiseDemandScenarioIssues([issue], "en");
    expect(out!.field).toBe("Scenario name");
    expect(out!.message.startsWith("Scenario name: ")).toBe(true);
    expect(out!.message).not.toContain("undefined");
  });

  it.each(LOCALES)("%s: labels come from that language's demand page", (locale) => {
    const issues = issuesOf(newDemandScenarioSchema, { name: "", state: { ...good, lambda: 5 } });
    const out = localiseDemandScenarioIssues(issues, locale);
    const en = localiseDemandScenarioIssues(issues, "en");
    expect(out.map((i) => i.path)).toEqual(en.map((i) => i.path));
    if (locale !== "en") for (const [i, o] of out.entries()) expect(o.field).not.toBe(en[i]!.field);
    for (const o of out) expect(o.message).toContain(o.field);
  });

  // Paths carry the keys a client sent; an inherited object member is not a label key.
  it.each(["constructor", "toString", "__proto__"])("a path named %j falls back to the generic name, never throws", (key) => {
    const issue = { code: "invalid_type", expected: "number", path: [key], message: "x", input: "y" } as z.core.$ZodIssue;
    const [out] = localiseDemandScenarioIssues([issue], "en");
    expect(out!.field).toBe(key);
    expect(out!.message.startsWith(`${key}: `)).toBe(true);
  });
});
