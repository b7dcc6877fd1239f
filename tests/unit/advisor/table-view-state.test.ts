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
  filters: fc.record({
    text: fc.string({ maxLength: 20 }),
    families: fc.subarray([...FAMILIES]),
    regions: fc.subarray([...REGIONS]),
    accelerators: fc.uniqueArray(fc.constantFrom("h100-sxm", "a100-80gb-sxm", "ascend-910b", "t4"), { maxLength: 4 }).map((ids) => [...ids].sort()),
  }),
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

  it("the filter-only region and accelerator columns are never shown, whatever the view hides", () => {
    fc.assert(
      fc.property(views, (view) => {
        expect(columnVisibilityOf(view)).toMatchObject({ region: false, accelerator: false });
      }),
    );
  });

  it("'Show all columns' (TanStack resets visibility to {}) unhides every column, and the region column stays hidden", () => {
    const view = { ...DEFAULT_TABLE_VIEW, hidden: ["cost", "ux"] } satisfies TableView;
    const shown = withColumnVisibility(view, {});
    expect(shown.hidden).toEqual([]);
    expect(columnVisibilityOf(shown)).toEqual({ region: false, accelerator: false });
  });

  it("clearing the filters (an empty filter list) clears text, families and regions", () => {
    const view: TableView = { ...DEFAULT_TABLE_VIEW, filters: { text: "h100", families: ["cloud"], regions: ["hk"], accelerators: ["t4"] } };
    expect(withColumnFilters(view, []).filters).toEqual(DEFAULT_TABLE_VIEW.filters);
  });

  it("maps each filter to its column, in the vocabulary's order (accelerator ids sorted, once each)", () => {
    const view = withColumnFilters(DEFAULT_TABLE_VIEW, [
      { id: "family", value: ["hk-sc", "cloud"] },
      { id: "region", value: ["overseas", "hk"] },
      { id: "option", value: "tokyo" },
      { id: "accelerator", value: ["t4", "h100-sxm", "t4"] },
    ]);
    expect(view.filters).toEqual({ text: "tokyo", families: ["cloud", "hk-sc"], regions: ["hk", "overseas"], accelerators: ["h100-sxm", "t4"] });
    expect(columnFiltersOf(view.filters)).toEqual([
      { id: "option", value: "tokyo" },
      { id: "family", value: ["cloud", "hk-sc"] },
      { id: "region", value: ["hk", "overseas"] },
      { id: "accelerator", value: ["h100-sxm", "t4"] },
    ]);
  });

  it("a sort by a column id the view does not know keeps the default sort", () => {
    const sorted = { ...DEFAULT_TABLE_VIEW, sort: { column: "cost", desc: true } } satisfies TableView;
    expect(withSorting(sorted, [{ id: "region", desc: false }]).sort).toEqual(DEFAULT_TABLE_VIEW.sort);
    expect(withSorting(sorted, []).sort).toEqual(DEFAULT_TABLE_VIEW.sort);
  });
});
