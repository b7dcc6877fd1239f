import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FAMILIES, REGIONS } from "@/lib/catalogue/catalogue-vocabulary";
import { DEFAULT_TABLE_VIEW, HIDEABLE_COLUMN_IDS, RESULT_COLUMN_IDS, type TableView } from "@/lib/url-state/table-view";
import {
  columnFiltersOf,
  columnVisibilityOf,
  sortingOf,
  withColumnFilters,
  withColumnVisibility,
  withSorting,
} from "@/app/[locale]/_advisor/results/table-view-state";

const views = fc.record({
  pins: fc.constant<string[]>([]),
  sort: fc.record({ column: fc.constantFrom(...RESULT_COLUMN_IDS), desc: fc.boolean() }),
  filters: fc.record({ text: fc.string({ maxLength: 20 }), families: fc.subarray([...FAMILIES]), regions: fc.subarray([...REGIONS]) }),
  hidden: fc.subarray([...HIDEABLE_COLUMN_IDS]),
}) satisfies fc.Arbitrary<TableView>;

describe("the results table's state ⇄ the share link's table view", () => {
  it("TanStack's sorting, filters and visibility, read back, give the same view", () => {
    fc.assert(
      fc.property(views, (view) => {
        expect(withSorting(view, sortingOf(view))).toEqual(view);
        expect(withColumnFilters(view, columnFiltersOf(view.filters))).toEqual(view);
        expect(withColumnVisibility(view, columnVisibilityOf(view))).toEqual(view);
      }),
      { numRuns: 200 },
    );
  });

  it("the filter-only region column is never shown, whatever the view hides", () => {
    fc.assert(
      fc.property(views, (view) => {
        expect(columnVisibilityOf(view).region).toBe(false);
      }),
    );
  });

  it("'Show all columns' (TanStack resets visibility to {}) unhides every column, and the region column stays hidden", () => {
    const view = { ...DEFAULT_TABLE_VIEW, hidden: ["cost", "ux"] } satisfies TableView;
    const shown = withColumnVisibility(view, {});
    expect(shown.hidden).toEqual([]);
    expect(columnVisibilityOf(shown)).toEqual({ region: false });
  });

  it("clearing the filters (an empty filter list) clears text, families and regions", () => {
    const view: TableView = { ...DEFAULT_TABLE_VIEW, filters: { text: "h100", families: ["cloud"], regions: ["hk"] } };
    expect(withColumnFilters(view, []).filters).toEqual(DEFAULT_TABLE_VIEW.filters);
  });

  it("maps each filter to its column, in the vocabulary's order", () => {
    const view = withColumnFilters(DEFAULT_TABLE_VIEW, [
      { id: "family", value: ["hk-sc", "cloud"] },
      { id: "region", value: ["overseas", "hk"] },
      { id: "option", value: "tokyo" },
    ]);
    expect(view.filters).toEqual({ text: "tokyo", families: ["cloud", "hk-sc"], regions: ["hk", "overseas"] });
    expect(columnFiltersOf(view.filters)).toEqual([
      { id: "option", value: "tokyo" },
      { id: "family", value: ["cloud", "hk-sc"] },
      { id: "region", value: ["hk", "overseas"] },
    ]);
  });

  it("a sort by a column id the view does not know keeps the default sort", () => {
    const sorted = { ...DEFAULT_TABLE_VIEW, sort: { column: "cost", desc: true } } satisfies TableView;
    expect(withSorting(sorted, [{ id: "region", desc: false }]).sort).toEqual(DEFAULT_TABLE_VIEW.sort);
    expect(withSorting(sorted, []).sort).toEqual(DEFAULT_TABLE_VIEW.sort);
  });
});
