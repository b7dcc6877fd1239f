// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SavedScenarios, type SavedDemandScenario } from "@/app/[locale]/demand/_components/saved-scenarios";
import { setCsrfToken } from "@/app/[locale]/consultations/_components/api-client";
import { makeDemandState } from "@/tests/fixtures/demand-scenario-builders";
import { seriousViolations } from "./axe";
import { messagesFor, renderWithIntl } from "./render-with-intl";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const saved: SavedDemandScenario = {
  id: "d1",
  name: "Base case",
  state: makeDemandState({ centre: { priceHkdPerCardHour: 12.5, subsidyShare: 0.4 } }),
  createdAt: "2026-12-01T02:00:00.000Z",
  updatedAt: "2026-12-03T15:30:00.000Z", // 23:30 in Hong Kong
};

describe("SavedScenarios", () => {
  it("lists a saved scenario in the page's language: price, subsidy and the time it changed (Hong Kong time)", async () => {
    const { container } = renderWithIntl(<SavedScenarios initial={[saved]} state={saved.state} canSave onOpen={() => {}} />, {
      locale: "zh-HK",
      messages: await messagesFor("zh-HK"),
    });
    const row = screen.getByRole("row", { name: /Base case/ });
    expect(row.textContent).toContain("2026年12月3日 下午11:30");
    expect(row.textContent).toContain("HK$12.5");
    expect(row.textContent).toContain("40%");
    expect(await seriousViolations(container)).toEqual([]);
  });

  it("deletes through the API in the page's language (no locale prop), after a confirmation", async () => {
    setCsrfToken("csrf");
    const fetched: string[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: string, init: { method: string }) => {
        fetched.push(`${init.method} ${url}`);
        return new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
      }),
    );
    renderWithIntl(<SavedScenarios initial={[saved]} state={saved.state} canSave onOpen={() => {}} />, {
      locale: "zh-CN",
      messages: await messagesFor("zh-CN"),
    });
    fireEvent.click(screen.getByRole("button", { name: "删除“Base case”" }));
    fireEvent.click(screen.getByRole("button", { name: "删除" }));
    await waitFor(() => expect(screen.queryByRole("row", { name: /Base case/ })).toBeNull());
    expect(fetched).toEqual(["DELETE /api/demand-scenarios/d1?lang=zh-CN"]);
  });
});
