// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { createColumnHelper, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { DataTable } from "@/app/_components/data-table";
import { measureOverflow } from "@/app/_components/use-scroll-overflow";
import type { Locale } from "@/lib/i18n/locales";
import { seriousViolations } from "./axe";
import { messagesFor, renderWithIntl } from "./render-with-intl";

// jsdom lays nothing out: the scroll box's sizes and position are set here, per test.
const box = { scrollWidth: 800, clientWidth: 800, scrollLeft: 0 };
const scrollBy = vi.fn();
const saved = new Map<string, PropertyDescriptor | undefined>();

beforeAll(() => {
  for (const key of ["scrollWidth", "clientWidth", "scrollLeft"] as const) {
    saved.set(key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key) ?? Object.getOwnPropertyDescriptor(Element.prototype, key));
    Object.defineProperty(HTMLElement.prototype, key, {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains("table-scroll") ? box[key] : 0;
      },
      set(this: HTMLElement, v: number) {
        if (key === "scrollLeft" && this.classList.contains("table-scroll")) box.scrollLeft = v;
      },
    });
  }
  Object.defineProperty(HTMLElement.prototype, "scrollBy", { configurable: true, value: scrollBy });
});
afterAll(() => {
  for (const [key, d] of saved) if (d) Object.defineProperty(HTMLElement.prototype, key, d);
  delete (HTMLElement.prototype as { scrollBy?: unknown }).scrollBy;
});
beforeEach(() => {
  Object.assign(box, { scrollWidth: 800, clientWidth: 800, scrollLeft: 0 });
  scrollBy.mockClear();
});
afterEach(cleanup);

type Offer = { id: string; name: string; priceHkd: number };
const h = createColumnHelper<Offer>();
const columns = [
  h.accessor("name", { header: "Option", meta: { label: "Option", sticky: true, rowHeader: true } }),
  h.accessor("priceHkd", { header: "Price", meta: { label: "Price", numeric: true } }),
];
const ROWS: Offer[] = [{ id: "a", name: "Alpha A100", priceHkd: 12 }];

function Harness() {
  const table = useReactTable({ data: ROWS, columns, getRowId: (r) => r.id, getCoreRowModel: getCoreRowModel() });
  return <DataTable table={table} caption="GPU offers" regionLabel="GPU offers" empty={<p>None</p>} />;
}

const messages = new Map<Locale, Record<string, unknown>>();
beforeAll(async () => {
  for (const l of ["en", "zh-HK"] as const) messages.set(l, await messagesFor(l));
});
const renderIn = (locale: Locale) => renderWithIntl(<Harness />, { locale, messages: messages.get(locale)! });
const region = () => screen.getByRole("region", { name: "GPU offers" });
const frame = () => region().closest(".table-frame")!;

describe("measureOverflow", () => {
  it.each([
    ["fits", { scrollWidth: 800, clientWidth: 800, scrollLeft: 0 }, { start: false, end: false }],
    ["sub-pixel excess is not overflow", { scrollWidth: 801.5, clientWidth: 800, scrollLeft: 0 }, { start: false, end: false }],
    ["at the start", { scrollWidth: 1200, clientWidth: 800, scrollLeft: 0 }, { start: false, end: true }],
    ["in the middle", { scrollWidth: 1200, clientWidth: 800, scrollLeft: 150 }, { start: true, end: true }],
    ["at the end", { scrollWidth: 1200, clientWidth: 800, scrollLeft: 400 }, { start: true, end: false }],
  ])("%s", (_name, sizes, expected) => {
    expect(measureOverflow(sizes)).toEqual(expected);
  });
});

describe("DataTable's sideways-scroll affordance", () => {
  it("says nothing and shades no edge when every column fits", () => {
    renderIn("en");
    expect(screen.queryByText("Scroll sideways for more columns")).toBeNull();
    expect(region().getAttribute("aria-describedby")).toBeNull();
    expect(frame().hasAttribute("data-overflow-end")).toBe(false);
    expect(frame().hasAttribute("data-overflow-start")).toBe(false);
  });

  it("when columns are hidden to the right: shades that edge, shows the hint and describes the region with it", () => {
    Object.assign(box, { scrollWidth: 1200 });
    renderIn("en");
    const hint = screen.getByText("Scroll sideways for more columns");
    expect(region().getAttribute("aria-describedby")).toBe(hint.id);
    expect(frame().hasAttribute("data-overflow-end")).toBe(true);
    expect(frame().hasAttribute("data-overflow-start")).toBe(false);
    const bar = hint.parentElement!;
    expect(within(bar).getByRole("button", { name: "Show the columns to the left" })).toHaveProperty("disabled", true);
    const right = within(bar).getByRole("button", { name: "Show the columns to the right" });
    expect(right).toHaveProperty("disabled", false);
    expect(right.getAttribute("aria-controls")).toBe(region().id);
    fireEvent.click(right);
    expect(scrollBy).toHaveBeenCalledTimes(1);
    expect(scrollBy.mock.calls[0]![0].left).toBeGreaterThan(0);
  });

  it("follows the scroll position: at the far end the left edge is shaded and only 'left' is enabled", () => {
    Object.assign(box, { scrollWidth: 1200 });
    renderIn("en");
    box.scrollLeft = 400;
    act(() => {
      fireEvent.scroll(region());
    });
    expect(frame().hasAttribute("data-overflow-start")).toBe(true);
    expect(frame().hasAttribute("data-overflow-end")).toBe(false);
    expect(screen.getByRole("button", { name: "Show the columns to the right" })).toHaveProperty("disabled", true);
    fireEvent.click(screen.getByRole("button", { name: "Show the columns to the left" }));
    expect(scrollBy.mock.calls[0]![0].left).toBeLessThan(0);
  });

  it("speaks the page's language and has no serious accessibility violations", async () => {
    Object.assign(box, { scrollWidth: 1200, scrollLeft: 100 });
    const { container } = renderIn("zh-HK");
    expect(screen.getByText("左右捲動可查看更多欄位")).toBeTruthy();
    expect(screen.getByRole("button", { name: "顯示右邊的欄位" })).toBeTruthy();
    expect(await seriousViolations(container)).toEqual([]);
  });
});
