// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NeedsForm } from "@/app/[locale]/_advisor/needs-form";
import { perMonthError } from "@/app/[locale]/_advisor/needs-resolver";
import { perMonthFromTotal } from "@/app/[locale]/_advisor/total-hours";
import { catalogue } from "@/lib/catalogue/catalogue";
import { DEFAULT_NEEDS } from "@/lib/needs/needs-presets";
import type { Needs } from "@/lib/needs/needs-schema";
import { fieldLabelsFor } from "@/lib/validation/field-labels";
import { messagesFor, renderWithIntl } from "./render-with-intl";

afterEach(cleanup);

describe("perMonthFromTotal", () => {
  it("divides by the months, to the cent of an hour", () => {
    expect(perMonthFromTotal("12000", 6)).toEqual({ kind: "ok", perMonth: 2000 });
    expect(perMonthFromTotal("1000", 3)).toEqual({ kind: "ok", perMonth: 333.33 });
  });
  it("refuses a negative, zero or non-numeric total instead of ignoring it", () => {
    expect(perMonthFromTotal("-500", 6).kind).toBe("not-positive");
    expect(perMonthFromTotal("0", 6).kind).toBe("not-positive");
    expect(perMonthFromTotal("abc", 6).kind).toBe("not-positive");
    expect(perMonthFromTotal("  ", 6).kind).toBe("empty");
    expect(perMonthFromTotal("100", Number.NaN).kind).toBe("no-months");
  });
});

describe("perMonthError: the schema's bounds for the derived per-month figure", () => {
  it("passes 2,000 and names the per-month bound for a huge figure", () => {
    expect(perMonthError(2000, "en")).toBeUndefined();
    expect(perMonthError(166666666666666.66, "en")).toBe("GPU-hours per month: must be at most 10,000,000");
    expect(perMonthError(0.5, "zh-HK")).toBe("每月 GPU 小時：必須不少於 1");
  });
});

/** The English needs form, starting from `initialNeeds`. */
async function renderNeedsForm(initialNeeds: Needs = DEFAULT_NEEDS, onValidChange = vi.fn()) {
  renderWithIntl(
    <NeedsForm
      initialNeeds={initialNeeds}
      fieldLabels={fieldLabelsFor("en")}
      weightsAnchor="weights"
      onValidChange={onValidChange}
      onValidityChange={vi.fn()}
    />,
    { locale: "en", messages: await messagesFor("en"), catalogue },
  );
}

describe("NeedsForm: the total GPU-hours field", () => {
  async function renderForm() {
    await renderNeedsForm();
    return {
      total: screen.getByLabelText(/Or total GPU-hours/) as HTMLInputElement,
      perMonth: screen.getByLabelText(/^GPU-hours per month/) as HTMLInputElement,
    };
  }

  it("a negative total is refused with a message on the total field; per month is unchanged", async () => {
    const { total, perMonth } = await renderForm();
    const before = perMonth.value;
    fireEvent.change(total, { target: { value: "-500" } });
    await waitFor(() => expect(total.getAttribute("aria-invalid")).toBe("true"));
    expect(document.getElementById(total.getAttribute("aria-describedby")!.split(" ").at(-1)!)!.textContent).toMatch(
      /Total GPU-hours: must be a number greater than 0/,
    );
    expect(perMonth.value).toBe(before);
  });

  it("a huge total writes nothing into per month; the per-month bound shows under the total", async () => {
    const { total, perMonth } = await renderForm();
    const before = perMonth.value;
    fireEvent.change(total, { target: { value: String(DEFAULT_NEEDS.durationMonths * 166666666666666.66) } });
    await waitFor(() => expect(total.getAttribute("aria-invalid")).toBe("true"));
    const errorId = total.getAttribute("aria-describedby")!.split(" ").at(-1)!;
    expect(document.getElementById(errorId)!.textContent).toMatch(/GPU-hours per month: must be at most 10,000,000/);
    expect(perMonth.value).toBe(before);
    expect(perMonth.getAttribute("aria-invalid")).toBeNull();
  });

  it("a valid total fills per month and clears the error", async () => {
    const { total, perMonth } = await renderForm();
    fireEvent.change(total, { target: { value: "-1" } });
    await waitFor(() => expect(total.getAttribute("aria-invalid")).toBe("true"));
    fireEvent.change(total, { target: { value: String(DEFAULT_NEEDS.durationMonths * 1234) } });
    await waitFor(() => expect(perMonth.value).toBe("1234"));
    expect(total.getAttribute("aria-invalid")).toBeNull();
  });
});

describe("NeedsForm: the budget input (held as text)", () => {
  it("starts empty without a budget, and a typed budget reaches the needs as a number", async () => {
    const onValidChange = vi.fn();
    await renderNeedsForm({ ...DEFAULT_NEEDS, budgetHkd: null }, onValidChange);
    const budget = screen.getByLabelText(/^Budget ceiling/) as HTMLInputElement;
    expect(budget.value).toBe("");
    fireEvent.change(budget, { target: { value: "250000" } });
    await waitFor(() => expect(onValidChange).toHaveBeenLastCalledWith(expect.objectContaining({ budgetHkd: 250000 })));
    fireEvent.change(budget, { target: { value: "" } });
    await waitFor(() => expect(onValidChange).toHaveBeenLastCalledWith(expect.objectContaining({ budgetHkd: null })));
  });
});

describe("NeedsForm: the '= total over months' line", () => {
  it("follows a keystroke in per month and in months, and goes away while either is empty", async () => {
    await renderNeedsForm({ ...DEFAULT_NEEDS, gpuHoursPerMonth: 2000, durationMonths: 6 });
    const perMonth = screen.getByLabelText(/^GPU-hours per month/) as HTMLInputElement;
    const months = screen.getByLabelText(/^Duration/) as HTMLInputElement;
    expect(screen.getByText("= 12,000 GPU-hours over 6 months")).toBeTruthy();
    fireEvent.change(perMonth, { target: { value: "2500" } });
    expect(await screen.findByText("= 15,000 GPU-hours over 6 months")).toBeTruthy();
    fireEvent.change(months, { target: { value: "4" } });
    expect(await screen.findByText("= 10,000 GPU-hours over 4 months")).toBeTruthy();
    fireEvent.change(perMonth, { target: { value: "" } });
    await waitFor(() => expect(screen.queryByText(/GPU-hours over 4 months/)).toBeNull());
  });
});
