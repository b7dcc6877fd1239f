// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { createColumnHelper, useReactTable, type SortingState } from "@tanstack/react-table";
import { useState, type ReactElement } from "react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { DataTable } from "@/app/_components/data-table";
import { seriousViolations } from "./axe";
import { messagesFor, renderWithIntl } from "./render-with-intl";
import { dataTableModels } from "@/app/_components/data-table-models";

type Gpu = { id: string; name: string; priceHkd: number };
const ROWS: Gpu[] = [
  { id: "b", name: "Beta H100", priceHkd: 30 },
  { id: "a", name: "Alpha A100", priceHkd: 12.5 },
  { id: "c", name: "Gamma L40S", priceHkd: 18 },
];

const h = createColumnHelper<Gpu>();
const columns = [
  h.accessor("name", {
    header: "Option",
    meta: { label: "Option", sticky: true, rowHeader: true },
    cell: ({ row, getValue }) => (
      <button type="button" onClick={row.getToggleExpandedHandler()}>
        {getValue()}
      </button>
    ),
  }),
  h.accessor("priceHkd", { header: "Price", meta: { label: "Price per hour", numeric: true }, cell: (c) => `HK$${c.getValue()}` }),
];

function Harness({ rows = ROWS, rowLimit }: { rows?: Gpu[]; rowLimit?: number }) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    sortDescFirst: false,
    getRowId: (r) => r.id,
    ...dataTableModels<Gpu>(),
  });
  return (
    <DataTable
      table={table}
      caption="GPU offers"
      regionLabel="GPU offers, scrollable"
      empty={<p>Nothing matches</p>}
      sortTitle={(label) => `Sort by ${label}`}
      rowProps={(row) => ({ "data-offer-id": row.original.id })}
      detailId={(row) => `detail-${row.id}`}
      renderDetail={(row) => <p>Details of {row.original.name}</p>}
      rowLimit={rowLimit}
    />
  );
}

const bodyRows = () => within(screen.getByRole("table")).getAllByRole("row").slice(1);
const names = () => bodyRows().map((r) => within(r).getByRole("rowheader").textContent);

let messages: Record<string, unknown>;
beforeAll(async () => {
  messages = await messagesFor("en");
});
afterEach(cleanup);
const render = (ui: ReactElement) => renderWithIntl(ui, { locale: "en", messages });

describe("DataTable", () => {
  it("renders one row per record, the naming cell as a row header and numeric cells right-aligned with their card label", () => {
    render(<Harness />);
    expect(names()).toEqual(["Beta H100", "Alpha A100", "Gamma L40S"]);
    const price = bodyRows()[0]!.querySelector('td[data-column="priceHkd"]');
    expect(price?.className).toContain("is-numeric");
    expect(price?.getAttribute("data-label")).toBe("Price per hour");
    expect(bodyRows()[0]!.querySelector("th")?.className).toContain("col-sticky");
    expect(bodyRows()[1]!.getAttribute("data-offer-id")).toBe("a");
  });

  it("sorts by a header button, says so with aria-sort, and reverses on a second click", () => {
    render(<Harness />);
    const header = screen.getByRole("columnheader", { name: /Price/ });
    const button = within(header).getByRole("button");
    expect(button.getAttribute("title")).toBe("Sort by Price per hour");
    expect(header.getAttribute("aria-sort")).toBeNull();
    fireEvent.click(button);
    expect(header.getAttribute("aria-sort")).toBe("ascending");
    expect(names()).toEqual(["Alpha A100", "Gamma L40S", "Beta H100"]);
    fireEvent.click(button);
    expect(header.getAttribute("aria-sort")).toBe("descending");
    expect(names()).toEqual(["Beta H100", "Gamma L40S", "Alpha A100"]);
  });

  it("opens a row's detail below it, spanning every column", () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole("button", { name: "Gamma L40S" }));
    const detail = document.getElementById("detail-c");
    expect(detail?.textContent).toBe("Details of Gamma L40S");
    expect(detail?.querySelector("td")?.getAttribute("colspan")).toBe("2");
    expect(detail?.previousElementSibling?.getAttribute("data-offer-id")).toBe("c");
    expect(bodyRows().find((r) => r.getAttribute("data-offer-id") === "c")?.className).toContain("is-expanded");
  });

  it("with a row limit, renders only the first rows of the sorted model", () => {
    render(<Harness rowLimit={2} />);
    expect(names()).toEqual(["Beta H100", "Alpha A100"]);
    fireEvent.click(screen.getByRole("button", { name: "Option" }));
    expect(names()).toEqual(["Alpha A100", "Beta H100"]);
  });

  it("shows the empty state across the table when no row is left", () => {
    render(<Harness rows={[]} />);
    const cell = screen.getByText("Nothing matches").closest("td");
    expect(cell?.getAttribute("colspan")).toBe("2");
  });

  it("has no serious accessibility violations", async () => {
    const { container } = render(<Harness />);
    fireEvent.click(screen.getByRole("button", { name: "Alpha A100" }));
    expect(await seriousViolations(container)).toEqual([]);
  });
});
