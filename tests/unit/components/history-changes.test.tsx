// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { HistoryChanges, type HistoryChangeRow } from "@/app/[locale]/catalogue/_components/history-changes";
import { seriousViolations } from "./axe";
import { messagesFor, renderWithIntl } from "./render-with-intl";

const ROWS: HistoryChangeRow[] = [
  {
    offerId: "aws-tokyo-p5",
    offerName: "AWS · p5.48xlarge",
    figure: "price.perAcceleratorHour",
    oldValue: 4.5,
    newValue: 4.72,
    currency: "USD",
    changePct: 4.888,
    asOf: "2026-07-01",
    basis: "vendor",
    sourceUrl: "https://aws.amazon.com/ec2/capacityblocks/pricing/",
  },
  {
    offerId: "hk-aisc",
    offerName: "數碼港人工智能超算中心 · AISC",
    figure: "leadTimeDays",
    oldValue: 0,
    newValue: 30,
    currency: null,
    changePct: null,
    asOf: "2026-05-01",
    basis: "estimate",
    sourceUrl: "https://www.cyberport.hk/en/about_cyberport/ai_supercomputing_centre",
  },
];

const messages = await messagesFor("en");
afterEach(cleanup);

describe("HistoryChanges", () => {
  it("shows each changed figure old → new in its currency, the signed change and the source with its basis", () => {
    renderWithIntl(<HistoryChanges rows={ROWS} caption="Figures changed in version 2026.12.04" />, { locale: "en", messages });
    const [price, lead] = within(screen.getByRole("table")).getAllByRole("row").slice(1);
    expect(within(price!).getByRole("rowheader").textContent).toBe("AWS · p5.48xlarge");
    const cells = within(price!)
      .getAllByRole("cell")
      .map((c) => c.textContent);
    expect(cells.slice(1, 4)).toEqual(["US$4.50", "US$4.72", "+4.9%"]);
    expect(cells[4]).toBe("1 Jul 2026");
    expect(within(price!).getByRole("link").textContent).toContain("Vendor");
    const leadCells = within(lead!)
      .getAllByRole("cell")
      .map((c) => c.textContent);
    expect(leadCells.slice(1, 4)).toEqual(["0", "30", "—"]);
  });

  it("has no serious accessibility violations", async () => {
    const { container } = renderWithIntl(<HistoryChanges rows={ROWS} caption="Figures changed" />, { locale: "en", messages });
    expect(await seriousViolations(container)).toEqual([]);
  });
});
