// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NeedsForm } from "@/app/[locale]/_advisor/needs-form";
import { catalogue } from "@/lib/catalogue/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import { DEFAULT_NEEDS } from "@/lib/needs/needs-presets";
import { needsSchema } from "@/lib/needs/needs-schema";
import { fieldLabelsFor } from "@/lib/validation/field-labels";
import { messagesFor, renderWithIntl } from "./render-with-intl";

afterEach(cleanup);

const CPU_NEEDS = needsSchema.parse({
  ...DEFAULT_NEEDS,
  workload: "cpu-hpc",
  accelerator: { model: "any", minMemoryGb: 0 },
  hoursMeasuredOn: catalogue.referenceCpuModel,
});

async function scaleSection(locale: Locale, initialNeeds = CPU_NEEDS) {
  const messages = await messagesFor(locale);
  renderWithIntl(
    <NeedsForm
      initialNeeds={initialNeeds}
      fieldLabels={fieldLabelsFor(locale)}
      weightsAnchor="weights"
      onValidChange={vi.fn()}
      onValidityChange={vi.fn()}
    />,
    { locale, messages, catalogue },
  );
  const legend = (messages.advisor as { form: { sections: { scale: string } } }).form.sections.scale;
  return screen.getByRole("group", { name: legend });
}

describe("NeedsForm: CPU work speaks of nodes and node-hours", () => {
  it.each([
    ["en", /GPU/, ["Node-hours per month", "Peak nodes at once"]],
    ["zh-HK", /GPU|加速器/, ["每月節點小時", "同時使用的最多節點"]],
    ["zh-CN", /GPU|加速器/, ["每月节点小时", "同时使用的最多节点"]],
  ] as const)("%s: the scale section names no GPU or accelerator for cpu-hpc", async (locale, gpuWords, labels) => {
    const section = await scaleSection(locale);
    for (const l of labels) expect(within(section).getByLabelText(new RegExp(`^${l}`))).toBeTruthy();
    const visible = section.textContent ?? "";
    // The "measured on" list names CPU nodes; nothing else in the section may speak of GPUs.
    expect(visible.replace(/\(reference\)|（參考）|（参考）/g, "")).not.toMatch(gpuWords);
  });

  it("GPU work keeps its GPU wording", async () => {
    const section = await scaleSection("en", DEFAULT_NEEDS);
    expect(within(section).getByLabelText(/^GPU-hours per month/)).toBeTruthy();
  });
});
