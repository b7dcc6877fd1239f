// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { setCsrfToken } from "@/app/[locale]/consultations/_components/api-client";
import { ImportScenario } from "@/app/[locale]/consultations/_components/import-scenario";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor, renderWithIntl } from "./render-with-intl";

const refresh = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  refresh.mockReset();
});
beforeAll(() => setCsrfToken("token"));

async function renderIn(locale: Locale) {
  renderWithIntl(<ImportScenario consultationId="c1" locale={locale} />, { locale, messages: await messagesFor(locale) });
}

/** Picks a file holding `text` (jsdom's File has no text(), so the file answers it as a browser's does). */
function pick(label: string, text: string) {
  const file = new File([text], "scenario.json", { type: "application/json" });
  Object.defineProperty(file, "text", { value: async () => text });
  fireEvent.change(screen.getByLabelText(label), { target: { files: [file] } });
}

describe("ImportScenario", () => {
  it("speaks the page's language, not the browser's: the field and its button are worded in Chinese", async () => {
    await renderIn("zh-HK");
    const input = screen.getByLabelText("匯入情景（JSON）");
    expect(input).toHaveProperty("type", "file");
    // The visible control is the localised button (a label for the hidden native input).
    const button = screen.getByText("選擇 JSON 檔案……");
    expect(button.tagName).toBe("LABEL");
    expect(button.getAttribute("for")).toBe(input.id);
  });

  it("sends the picked file to the consultation's import route and says what it imported", async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ scenario: { name: "Baseline" } }), { status: 201 }));
    vi.stubGlobal("fetch", fetchMock);
    await renderIn("en");
    pick("Import a scenario (JSON)", JSON.stringify({ format: "x" }));
    await screen.findByText("Imported Baseline.");
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/consultations/c1/scenarios/import?lang=en");
    expect(init.method).toBe("POST");
    expect(JSON.parse(String(init.body))).toEqual({ format: "x" });
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it("refuses a file that is not JSON without calling the server, in the page's language", async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    await renderIn("zh-HK");
    pick("匯入情景（JSON）", "{not json");
    await waitFor(() => expect(screen.getByText("請求內容不是有效的 JSON。", { exact: false })).toBeTruthy());
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
