// @vitest-environment jsdom
import { cleanup } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CostChart } from "@/app/[locale]/_advisor/results/charts/cost-chart";
import { FactorChart } from "@/app/[locale]/_advisor/results/charts/factor-chart";
import { useResultFormat } from "@/app/[locale]/_advisor/results/use-result-format";
import { useResultLabels } from "@/app/[locale]/_advisor/results/use-result-labels";
import { catalogue } from "@/lib/catalogue/catalogue";
import { recommend } from "@/lib/domain/scoring/recommend";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import type { Locale } from "@/lib/i18n/locales";
import { DEFAULT_NEEDS } from "@/lib/needs/needs-presets";
import { messagesFor, renderWithIntl } from "./render-with-intl";

// jsdom has no canvas: the chart itself is not under test, its data table's caption is.
vi.mock("react-chartjs-2", () => ({ Chart: () => null }));

afterEach(cleanup);

const top = recommend(DEFAULT_NEEDS, DEFAULT_WEIGHTS, catalogue, { referenceDate: "2026-12-01" }).ranked.slice(0, 5);

function Charts({ locale }: { locale: Locale }) {
  const format = useResultFormat("HKD");
  const labels = useResultLabels(locale);
  return (
    <>
      <CostChart top={top} format={format} labels={labels} />
      <FactorChart top={top} format={format} />
    </>
  );
}

describe("chart data tables: captions are filled in", () => {
  it.each(["en", "zh-HK", "zh-CN"] as const)("%s: no literal {count}; the caption gives the number of options", async (locale) => {
    const { container } = renderWithIntl(<Charts locale={locale} />, { locale, messages: await messagesFor(locale), catalogue });
    const captions = [...container.querySelectorAll("caption")].map((c) => c.textContent ?? "");
    expect(captions).toHaveLength(2);
    for (const c of captions) {
      expect(c).not.toMatch(/[{}]/);
      expect(c).toContain(String(top.length));
    }
  });
});
