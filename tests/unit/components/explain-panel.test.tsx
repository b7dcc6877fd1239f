// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { recommend } from "@/lib/domain/scoring/recommend";
import { localiseCatalogue } from "@/lib/i18n/local-names";
import { needsPreset } from "@/lib/needs/needs-presets";
import { seriousViolations } from "./axe";
import { EXPLAIN_REFERENCE_DATE, EXPLAIN_WEIGHTS, openExplainPanel } from "./open-explain-panel";
import { stubDialogModal } from "./render-with-intl";

const REFERENCE_DATE = EXPLAIN_REFERENCE_DATE;
const weights = EXPLAIN_WEIGHTS;

beforeAll(() => {
  stubDialogModal();
});
afterEach(cleanup);

describe("ExplainPanel", () => {
  // Customer chat logs (personal data) with no residency rule: options outside Hong Kong stay ranked, with a warning.
  const needs = { ...needsPreset("llm-fine-tuning-startup"), dataSensitivity: "personal" as const, residency: "anywhere" as const };

  it("says where personal data would go and which laws then apply, for an option outside Hong Kong", async () => {
    const rec = recommend(needs, weights, catalogue, { referenceDate: REFERENCE_DATE });
    const abroad = rec.ranked.find((r) => r.location.jurisdiction === "CN");
    expect(abroad).toBeDefined();
    await openExplainPanel(abroad!.offerId, rec, needs, "en");
    const dialog = screen.getByRole("dialog", { hidden: true });
    const warning = within(dialog).getByText(/Your personal data would leave Hong Kong for Mainland China/);
    expect(warning.textContent).toMatch(/Data Protection Principle 1.*Data Protection Principle 3.*model contractual clauses/);
    expect(warning.textContent).toMatch(/governed by the Personal Information Protection Law \(PIPL\) and the Data Security Law/);
  });

  it("shows which estimate drives the range when the cost is uncertain", async () => {
    const rec = recommend(needsPreset("llm-fine-tuning-startup"), weights, catalogue, { referenceDate: REFERENCE_DATE });
    const ranged = rec.ranked.find((r) => r.rangeDrivers.length > 0);
    expect(ranged).toBeDefined();
    await openExplainPanel(ranged!.offerId, rec, needsPreset("llm-fine-tuning-startup"), "en");
    const dialog = screen.getByRole("dialog", { hidden: true });
    expect(within(dialog).getByText(/^Driven mostly by: /).textContent).not.toMatch(/\./);
    expect(within(dialog).getByText(/the rank from \d+ to \d+/)).toBeTruthy();
  });

  it("gives, for each estimate behind the range, the catalogue's reasoning for its ends, in Chinese pages too", async () => {
    const needs = needsPreset("llm-fine-tuning-startup");
    for (const locale of ["en", "zh-HK"] as const) {
      const local = localiseCatalogue(catalogue, locale);
      const rec = recommend(needs, weights, local, { referenceDate: REFERENCE_DATE });
      const ranged = rec.ranked.find((r) => r.rangeDrivers.length > 1)!;
      expect(ranged).toBeDefined();
      const offer = catalogue.offers.find((o) => o.id === ranged.offerId)!;
      await openExplainPanel(ranged.offerId, rec, needs, locale, local);
      const dialog = screen.getByRole("dialog", { hidden: true });
      for (const d of ranged.rangeDrivers) {
        const reasoning = offer.ranges![d.path]!.reasoning;
        const shown = within(dialog).getByText(reasoning);
        expect(shown.getAttribute("lang")).toBe("en");
        // The label runs into the text the way each language writes it: a space after an English
        // colon, none after a full-width one.
        expect(shown.closest("li")!.textContent).toContain(
          locale === "en" ? `Where the ends come from: ${reasoning}` : `範圍兩端的依據：${reasoning}`,
        );
      }
      cleanup();
    }
  });

  it("names a Chinese provider by its local name on a zh-HK page, and has no serious accessibility violations", async () => {
    const local = localiseCatalogue(catalogue, "zh-HK");
    const rec = recommend(needsPreset("llm-fine-tuning-startup"), weights, local, { referenceDate: REFERENCE_DATE });
    const withLocal = rec.ranked.find((r) => /[\u4e00-\u9fff]/.test(r.provider));
    expect(withLocal).toBeDefined();
    const { container } = await openExplainPanel(withLocal!.offerId, rec, needsPreset("llm-fine-tuning-startup"), "zh-HK", local);
    expect(screen.getByRole("heading", { level: 2, hidden: true }).textContent).toContain(withLocal!.provider);
    expect(await seriousViolations(container)).toEqual([]);
  });
});
