// @vitest-environment jsdom
import { cleanup } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConsultationTable } from "@/app/[locale]/consultations/_components/consultation-table";
import { IntakeLinks } from "@/app/[locale]/consultations/_components/intake-links";
import { ScenarioTable } from "@/app/[locale]/consultations/_components/scenario-table";
import { messagesFor, renderWithIntl } from "./render-with-intl";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: vi.fn(), push: vi.fn(), replace: vi.fn() }) }));
afterEach(cleanup);

/**
 * On phones a table's header row is hidden and each row becomes a card (globals.css); a cell
 * then says what it is only through its data-label. Every data cell with content must carry
 * the header of its own column, in the page's language.
 */
function expectCellsLabelledByTheirColumn(table: HTMLTableElement) {
  const headers = [...table.querySelectorAll("thead th")].map((th) => th.textContent);
  let labelled = 0;
  for (const row of table.querySelectorAll("tbody tr")) {
    [...row.children].forEach((cell, i) => {
      if (cell.tagName !== "TD" || cell.textContent === "") return;
      expect(cell.getAttribute("data-label"), `${headers[i]} cell`).toBe(headers[i]);
      labelled++;
    });
  }
  expect(labelled).toBeGreaterThan(0);
}

describe("consultation tables on phones", () => {
  it("labels every cell of the scenario table with its column, in Chinese", async () => {
    const { container } = renderWithIntl(
      <ScenarioTable
        consultationId="c1"
        locale="zh-HK"
        rows={[
          { id: "s1", name: "Baseline", source: "advisor", topLabel: "阿里雲 · GPU", computedLabel: "2026-12-04", advisorHref: "/zh-HK?s=x" },
          { id: "s2", name: "Intake", source: "intake", topLabel: null, computedLabel: "2026-12-04", advisorHref: "/zh-HK?s=y" },
        ]}
      />,
      { locale: "zh-HK", messages: await messagesFor("zh-HK") },
    );
    const table = container.querySelector("table")!;
    expectCellsLabelledByTheirColumn(table);
    expect(table.querySelector("td[data-label='來源']")?.textContent).toBeTruthy();
  });

  it("labels every cell of the intake links and the consultations list", async () => {
    const messages = await messagesFor("en");
    const links = renderWithIntl(
      <IntakeLinks
        consultationId="c1"
        locale="en"
        rows={[{ id: "l1", createdLabel: "4 Dec 2026", expiresLabel: "18 Dec 2026", state: "active", lastUsedLabel: null }]}
      />,
      { locale: "en", messages },
    );
    expectCellsLabelledByTheirColumn(links.container.querySelector("table")!);
    cleanup();
    const list = renderWithIntl(
      <ConsultationTable
        locale="en"
        rows={[{ id: "c1", client: "Acme AI", organisation: "Acme Ltd", advisor: null, scenarioCount: 2, updatedLabel: "4 Dec 2026" }]}
      />,
      { locale: "en", messages },
    );
    expectCellsLabelledByTheirColumn(list.container.querySelector("table")!);
  });
});
