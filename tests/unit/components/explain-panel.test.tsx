// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { ExplainPanel } from "@/app/[locale]/_advisor/explain-panel";
import { catalogue } from "@/lib/catalogue/catalogue";
import { recommend } from "@/lib/domain/scoring/recommend";
import { normaliseWeights } from "@/lib/domain/factors";
import { WEIGHT_PRESETS } from "@/lib/domain/weights/weight-presets";
import { localiseCatalogue } from "@/lib/i18n/local-names";
import { needsPreset } from "@/lib/needs/needs-presets";
import { fieldLabelsFor } from "@/lib/validation/field-labels";
import { seriousViolations } from "./axe";
import { messagesFor, renderWithIntl } from "./render-with-intl";

const REFERENCE_DATE = "2026-12-01";
const weights = normaliseWeights(WEIGHT_PRESETS[0]!.weights);

beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute("open");
  };
});
afterEach(cleanup);

describe("ExplainPanel", () => {
  // Customer chat logs (personal data) with no residency rule: options outside Hong Kong stay ranked, with a warning.
  const needs = { ...needsPreset("llm-fine-tuning-startup"), dataSensitivity: "personal" as const, residency: "anywhere" as const };

  it("says where personal data would go and which laws then apply, for an option outside Hong Kong", async () => {
    const rec = recommend(needs, weights, catalogue, { referenceDate: REFERENCE_DATE });
    const abroad = rec.ranked.find((r) => r.location.jurisdiction === "CN");
    expect(abroad).toBeDefined();
    renderWithIntl(
      <ExplainPanel
        offerId={abroad!.offerId}
        fieldLabels={fieldLabelsFor("en")}
        onClose={() => {}}
        recommendation={rec}
        needs={needs}
        weights={weights}
        method="weighted-sum"
        currency="HKD"
        locale="en"
      />,
      { locale: "en", messages: await messagesFor("en"), catalogue },
    );
    const dialog = screen.getByRole("dialog", { hidden: true });
    const warning = within(dialog).getByText(/Your personal data would leave Hong Kong for Mainland China/);
    expect(warning.textContent).toMatch(/Data Protection Principle 1.*Data Protection Principle 3.*model contractual clauses/);
    expect(warning.textContent).toMatch(/governed by the Personal Information Protection Law \(PIPL\) and the Data Security Law/);
  });

  it("shows which estimate drives the range when the cost is uncertain", async () => {
    const rec = recommend(needsPreset("llm-fine-tuning-startup"), weights, catalogue, { referenceDate: REFERENCE_DATE });
    const ranged = rec.ranked.find((r) => r.rangeDrivers.length > 0);
    expect(ranged).toBeDefined();
    renderWithIntl(
      <ExplainPanel
        offerId={ranged!.offerId}
        fieldLabels={fieldLabelsFor("en")}
        onClose={() => {}}
        recommendation={rec}
        needs={needsPreset("llm-fine-tuning-startup")}
        weights={weights}
        method="weighted-sum"
        currency="HKD"
        locale="en"
      />,
      { locale: "en", messages: await messagesFor("en"), catalogue },
    );
    const dialog = screen.getByRole("dialog", { hidden: true });
    expect(within(dialog).getByText(/^Driven mostly by: /).textContent).not.toMatch(/\./);
    expect(within(dialog).getByText(/the rank from \d+ to \d+/)).toBeTruthy();
  });

  it("names a Chinese provider by its local name on a zh-HK page, and has no serious accessibility violations", async () => {
    const local = localiseCatalogue(catalogue, "zh-HK");
    const rec = recommend(needsPreset("llm-fine-tuning-startup"), weights, local, { referenceDate: REFERENCE_DATE });
    const withLocal = rec.ranked.find((r) => /[\u4e00-\u9fff]/.test(r.provider));
    expect(withLocal).toBeDefined();
    const { container } = renderWithIntl(
      <ExplainPanel
        offerId={withLocal!.offerId}
        fieldLabels={fieldLabelsFor("zh-HK")}
        onClose={() => {}}
        recommendation={rec}
        needs={needsPreset("llm-fine-tuning-startup")}
        weights={weights}
        method="weighted-sum"
        currency="HKD"
        locale="zh-HK"
      />,
      { locale: "zh-HK", messages: await messagesFor("zh-HK"), catalogue: local },
    );
    expect(screen.getByRole("heading", { level: 2, hidden: true }).textContent).toContain(withLocal!.provider);
    expect(await seriousViolations(container)).toEqual([]);
  });
});
