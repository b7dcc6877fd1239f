// @vitest-environment jsdom
import { act, cleanup, renderHook } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { useTableViewState } from "@/app/[locale]/_advisor/results/use-table-view-state";
import { DEFAULT_TABLE_VIEW, type TableView } from "@/lib/url-state/table-view";

afterEach(cleanup);

function useHarness(initial: TableView) {
  const [view, setView] = useState(initial);
  return { view, state: useTableViewState(view, setView) };
}

describe("useTableViewState", () => {
  it("hands TanStack the view's sort, filters and visibility", () => {
    const view: TableView = {
      ...DEFAULT_TABLE_VIEW,
      sort: { column: "cost", desc: true },
      filters: { ...DEFAULT_TABLE_VIEW.filters, text: "h100" },
      hidden: ["time"],
    };
    const { result } = renderHook(() => useHarness(view));
    expect(result.current.state.sorting).toEqual([{ id: "cost", desc: true }]);
    expect(result.current.state.columnFilters).toEqual([{ id: "option", value: "h100" }]);
    expect(result.current.state.columnVisibility).toMatchObject({ time: false, region: false, accelerator: false });
  });

  it("writes TanStack's updates (values and updater functions) back into the view", () => {
    const { result } = renderHook(() => useHarness(DEFAULT_TABLE_VIEW));
    act(() => result.current.state.onSortingChange([{ id: "time", desc: false }]));
    expect(result.current.view.sort).toEqual({ column: "time", desc: false });
    act(() => result.current.state.onSortingChange((old) => old.map((s) => ({ ...s, desc: !s.desc }))));
    expect(result.current.view.sort).toEqual({ column: "time", desc: true });
    act(() => result.current.state.onColumnFiltersChange((old) => [...old, { id: "family", value: ["cloud"] }]));
    expect(result.current.view.filters.families).toEqual(["cloud"]);
    act(() => result.current.state.onColumnVisibilityChange((old) => ({ ...old, monthly: false })));
    expect(result.current.view.hidden).toContain("monthly");
    expect(result.current.state.columnVisibility).toMatchObject({ monthly: false });
  });
});
