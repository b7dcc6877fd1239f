// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { SimpleTable } from "@/app/_components/simple-table";
import { seriousViolations } from "./axe";

afterEach(cleanup);

function Harness({ scroll }: { scroll?: boolean }) {
  return (
    <SimpleTable
      caption="Weights"
      columns={[{ label: "Factor" }, { label: "Weight", numeric: true }, { label: "Scenario A", key: "a", className: "extra" }]}
      scroll={scroll ? { className: "table-scroll", role: "region", "aria-label": "Weights table", tabIndex: 0 } : undefined}
      foot={
        <tr>
          <th scope="row">Sum</th>
          <td className="is-numeric">100%</td>
          <td />
        </tr>
      }
      data-testid="weights"
    >
      <tr>
        <th scope="row">Price</th>
        <td className="is-numeric">25%</td>
        <td>—</td>
      </tr>
    </SimpleTable>
  );
}

describe("SimpleTable", () => {
  it("names the table by its caption and every column by a scoped header, numeric ones right-aligned", async () => {
    const { container } = render(<Harness />);
    const table = screen.getByRole("table", { name: "Weights" });
    expect(table.className).toBe("data-table");
    expect(table.dataset.testid).toBe("weights");
    const headers = within(table).getAllByRole("columnheader");
    expect(headers.map((h) => [h.textContent, h.getAttribute("scope"), h.className])).toEqual([
      ["Factor", "col", ""],
      ["Weight", "col", "is-numeric"],
      ["Scenario A", "col", "extra"],
    ]);
    expect(within(table).getByRole("rowheader", { name: "Price" })).toBeTruthy();
    expect(table.querySelector("tfoot th")?.textContent).toBe("Sum");
    expect(container.firstElementChild).toBe(table); // no scroll wrapper unless asked for
    expect(await seriousViolations(container)).toEqual([]);
  });

  it("wraps the table in the scrolling region it is given", async () => {
    const { container } = render(<Harness scroll />);
    const region = screen.getByRole("region", { name: "Weights table" });
    expect(region.tabIndex).toBe(0);
    expect(within(region).getByRole("table", { name: "Weights" })).toBeTruthy();
    expect(await seriousViolations(container)).toEqual([]);
  });
});
