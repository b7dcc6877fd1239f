// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { ExplainPanel } from "@/app/[locale]/_advisor/explain-panel";
import { catalogue } from "@/lib/catalogue/catalogue";
import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import type { Recommendation } from "@/lib/domain/scoring/recommend";
import type { Locale } from "@/lib/i18n/locales";
import type { Needs } from "@/lib/needs/needs-schema";
import { recommend } from "@/lib/domain/scoring/recommend";
import { normaliseWeights } from "@/lib/domain/factors";
import { WEIGHT_PRESETS } from "@/lib/domain/weights/weight-presets";
import { localiseCatalogue } from "@/lib/i18n/local-names";
import { needsPreset } from "@/lib/needs/needs-presets";
import { fieldLabelsFor } from "@/lib/validation/field-labels";
import { seriousViolations } from "./axe";
import { messagesFor, renderWithIntl, stubDialogModal } from "./render-with-intl";

const REFERENCE_DATE = "2026-12-01";
const weights = normaliseWeights(WEIGHT_PRESETS[0]!.weights);

beforeAll(() => {
  stubDialogModal();
});
afterEach(cleanup);

/** Renders the panel open on `offerId`, the way the advisor page does. */
async function openPanel(offerId: string, rec: Recommendation, needs: Needs, locale: Locale, cat: Catalogue = catalogue) {
  return renderWithIntl(
    <ExplainPanel
      offerId={offerId}
      fieldLabels={fieldLabelsFor(locale)}
      onClose={() => {}}
      recommendation={rec}
      needs={needs}
      weights={weights}
      method="weighted-sum"
      currency="HKD"
      locale={locale}
    />,
    { locale, messages: await messagesFor(locale), catalogue: cat },
  );
}

describe("ExplainPanel", () => {
  // Customer chat logs (personal data) with no residency rule: options outside Hong Kong stay ranked, with a warning.
  const needs = { ...needsPreset("llm-fine-tuning-startup"), dataSensitivity: "personal" as const, residency: "anywhere" as const };

  it("says where personal data would go and which laws then apply, for an option outside Hong Kong", async () => {
    const rec = recommend(needs, weights, catalogue, { referenceDate: REFERENCE_DATE });
    const abroad = rec.ranked.find((r) => r.location.jurisdiction === "CN");
    expect(abroad).toBeDefined();
    await openPanel(abroad!.offerId, rec, needs, "en");
    const dialog = screen.getByRole("dialog", { hidden: true });
    const warning = within(dialog).getByText(/Your personal data would leave Hong Kong for Mainland China/);
    expect(warning.textContent).toMatch(/Data Protection Principle 1.*Data Protection Principle 3.*model contractual clauses/);
    expect(warning.textContent).toMatch(/governed by the Personal Information Protection Law \(PIPL\) and the Data Security Law/);
  });

  it("shows which estimate drives the range when the cost is uncertain", async () => {
    const rec = recommend(needsPreset("llm-fine-tuning-startup"), weights, catalogue, { referenceDate: REFERENCE_DATE });
    const ranged = rec.ranked.find((r) => r.rangeDrivers.length > 0);
    expect(ranged).toBeDefined();
    await openPanel(ranged!.offerId, rec, needsPreset("llm-fine-tuning-startup"), "en");
    const dialog = screen.getByRole("dialog", { hidden: true });
    expect(within(dialog).getByText(/^Driven mostly by: /).textContent).not.toMatch(/\./);
    expect(within(dialog).getByText(/the rank from \d+ to \d+/)).toBeTruthy();
  });

  it("names a Chinese provider by its local name on a zh-HK page, and has no serious accessibility violations", async () => {
    const local = localiseCatalogue(catalogue, "zh-HK");
    const rec = recommend(needsPreset("llm-fine-tuning-startup"), weights, local, { referenceDate: REFERENCE_DATE });
    const withLocal = rec.ranked.find((r) => /[\u4e00-\u9fff]/.test(r.provider));
    expect(withLocal).toBeDefined();
    const { container } = await openPanel(withLocal!.offerId, rec, needsPreset("llm-fine-tuning-startup"), "zh-HK", local);
    expect(screen.getByRole("heading", { level: 2, hidden: true }).textContent).toContain(withLocal!.provider);
    expect(await seriousViolations(container)).toEqual([]);
  });
});
