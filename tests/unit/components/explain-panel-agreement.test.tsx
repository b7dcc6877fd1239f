// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { recommend } from "@/lib/domain/scoring/recommend";
import { NEEDS_PRESET_IDS } from "@/lib/needs/needs-preset-ids";
import { needsPreset } from "@/lib/needs/needs-presets";
import { EXPLAIN_REFERENCE_DATE, EXPLAIN_WEIGHTS, openExplainPanel } from "./open-explain-panel";
import { messagesFor, stubDialogModal } from "./render-with-intl";

// The agreement test of docs/method.md: whatever the explain panel marks passed or failed is
// the engine's verdict, for every preset and every offer in the real catalogue. The panel once
// re-derived the rules and marked the "Inference service" preset's #3 and #5 "Failed"; this
// would catch that (a ranked option with a "Failed" row, or rows that differ from the engine).
const REFERENCE_DATE = EXPLAIN_REFERENCE_DATE;
const weights = EXPLAIN_WEIGHTS;

const messages = await messagesFor("en");
beforeAll(stubDialogModal);
afterEach(cleanup);

/** Rule name → "Passed" / "Failed" as the panel's rules table shows them. */
function shownVerdicts(): Map<string, string> {
  const dialog = screen.getByRole("dialog", { hidden: true });
  const table = within(dialog)
    .getAllByRole("table", { hidden: true })
    .find((t) => within(t).queryByRole("columnheader", { name: "Result", hidden: true }));
  if (!table) throw new Error("no rules table in the panel");
  const rows = within(table).getAllByRole("row", { hidden: true }).slice(1);
  return new Map(
    rows.map((r) => {
      const cells = within(r).getAllByRole("cell", { hidden: true });
      const name = within(r).getByRole("rowheader", { hidden: true }).textContent ?? "";
      return [name, /Passed/.test(cells.at(-1)?.textContent ?? "") ? "Passed" : "Failed"] as const;
    }),
  );
}

const ruleName = (rule: string) =>
  (messages.advisor as { explain: { rules: { name: Record<string, string> } } }).explain.rules.name[rule] ?? rule;

describe.each(NEEDS_PRESET_IDS)("explain panel vs engine, preset %s", (presetId) => {
  const needs = needsPreset(presetId);
  const recommendation = recommend(needs, weights, catalogue, { referenceDate: REFERENCE_DATE });

  it("the preset ranks some options and excludes others (the test covers both sides)", () => {
    expect(recommendation.ranked.length + recommendation.excluded.length).toBe(catalogue.offers.length);
    expect(recommendation.ranked.length).toBeGreaterThan(0);
  });

  it.each(catalogue.offers.map((o) => o.id))("%s: every rule the panel shows has the engine's verdict", async (offerId) => {
    const ranked = recommendation.ranked.find((r) => r.offerId === offerId);
    const excluded = recommendation.excluded.find((e) => e.offerId === offerId);
    const checks = ranked?.ruleChecks ?? excluded?.ruleChecks ?? [];
    await openExplainPanel(offerId, recommendation, needs, "en");
    const shown = shownVerdicts();
    expect(shown).toEqual(new Map(checks.map((c) => [ruleName(c.rule), c.passed ? "Passed" : "Failed"])));
    // A ranked option passed every hard rule, an excluded one failed at least one.
    const failed = [...shown.values()].filter((v) => v === "Failed").length;
    if (ranked) expect(failed).toBe(0);
    else expect(failed).toBeGreaterThan(0);
  });
});
