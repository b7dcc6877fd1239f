// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { isStaleSource, SourceList } from "@/app/_components/source-list";
import type { Source } from "@/lib/catalogue/offer-schema";
import { figureFreshness } from "@/lib/catalogue/staleness";
import { seriousViolations } from "./axe";
import { messagesFor, renderWithIntl } from "./render-with-intl";

const REFERENCE_DATE = "2026-12-01";
const OLD_PRICE: Source = {
  url: "https://example.com/old-price",
  asOf: "2024-06-01",
  basis: "vendor",
  covers: ["price.perAcceleratorHour"],
};
const NEW_PRICE: Source = {
  url: "https://example.com/new-price",
  asOf: "2026-09-01",
  basis: "vendor",
  covers: ["price.perAcceleratorHour"],
};
const OLD_LEAD: Source = {
  url: "https://www.example.org/lead-time/estimate",
  asOf: "2025-01-15",
  madeOn: "2026-11-20",
  basis: "estimate",
  covers: ["leadTimeDays", "maxAccelerators"],
  note: "Estimated from the centre's published application timeline.",
};

const messages = await messagesFor("en");
afterEach(cleanup);

describe("isStaleSource (the one staleness badge rule)", () => {
  const freshness = figureFreshness([OLD_PRICE, NEW_PRICE, OLD_LEAD], REFERENCE_DATE);

  it("flags a source that dates a stale figure", () => {
    expect(isStaleSource(OLD_LEAD, freshness)).toBe(true);
  });

  it("does not flag an old source superseded by a newer one for every figure it covers", () => {
    expect(isStaleSource(OLD_PRICE, freshness)).toBe(false);
    expect(isStaleSource(NEW_PRICE, freshness)).toBe(false);
  });

  it("flags nothing without the engine's freshness", () => {
    expect(isStaleSource(OLD_LEAD, [])).toBe(false);
  });
});

describe("SourceList", () => {
  const freshness = figureFreshness([OLD_PRICE, NEW_PRICE, OLD_LEAD], REFERENCE_DATE);

  it("lists sources newest first with basis, dates, covered figures and the stale badge on the stale one only", () => {
    renderWithIntl(<SourceList sources={[OLD_PRICE, OLD_LEAD, NEW_PRICE]} freshness={freshness} />, { locale: "en", messages });
    const items = screen.getAllByRole("listitem");
    expect(items.map((li) => within(li).getByRole("link").getAttribute("href"))).toEqual([NEW_PRICE.url, OLD_LEAD.url, OLD_PRICE.url]);
    const lead = items[1]!;
    expect(within(lead).getByRole("link").textContent).toMatch(/^example\.org\/lead-time\/estimate/);
    expect(within(lead).getByRole("link").getAttribute("target")).toBe("_blank");
    expect(lead.textContent).toContain("Estimate");
    expect(lead.textContent).toContain("as of 15 Jan 2025 · estimated on 20 Nov 2026");
    expect(lead.textContent).toMatch(/Covers: Lead time.* and /);
    expect(within(lead).getByText("Stale")).toBeTruthy();
    expect(within(items[0]!).queryByText("Stale")).toBeNull();
    expect(within(items[2]!).queryByText("Stale")).toBeNull();
  });

  it("speaks Chinese on a zh-HK page", async () => {
    renderWithIntl(<SourceList sources={[OLD_LEAD]} freshness={freshness} />, { locale: "zh-HK", messages: await messagesFor("zh-HK") });
    const item = screen.getByRole("listitem");
    expect(item.textContent).toContain("截至 2025年1月15日");
    expect(within(item).getByText("過時")).toBeTruthy();
  });

  it("compact leaves out the covered figures; no sources says so", () => {
    renderWithIntl(<SourceList sources={[OLD_LEAD]} freshness={freshness} compact />, { locale: "en", messages });
    expect(screen.getByRole("listitem").textContent).not.toContain("Covers:");
    cleanup();
    renderWithIntl(<SourceList sources={[]} freshness={[]} />, { locale: "en", messages });
    expect(screen.getByText("No source listed")).toBeTruthy();
  });

  it("has no serious accessibility violations", async () => {
    const { container } = renderWithIntl(<SourceList sources={[OLD_PRICE, OLD_LEAD]} freshness={freshness} />, { locale: "en", messages });
    expect(await seriousViolations(container)).toEqual([]);
  });
});
