// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { useForm, type Control } from "react-hook-form";
import { afterEach, describe, expect, it } from "vitest";
import { formValuesToNeedsInput } from "@/app/[locale]/_advisor/form-values-to-needs";
import { needsToFormValues, type NeedsFormValues } from "@/app/[locale]/_advisor/needs-form-values";
import { PriceOverridesField } from "@/app/[locale]/_advisor/price-overrides-field";
import { catalogue } from "@/lib/catalogue/catalogue";
import { listPriceHkdPerHour } from "@/lib/domain/cost/list-price";
import { normaliseWeights } from "@/lib/domain/factors";
import { recommend } from "@/lib/domain/scoring/recommend";
import { WEIGHT_PRESETS } from "@/lib/domain/weights/weight-presets";
import { localiseCatalogue } from "@/lib/i18n/local-names";
import type { Locale } from "@/lib/i18n/locales";
import { needsSchema } from "@/lib/needs/needs-schema";
import { DEFAULT_NEEDS } from "@/lib/needs/needs-presets";
import { messagesFor, renderWithIntl } from "./render-with-intl";

afterEach(cleanup);

const weights = normaliseWeights(WEIGHT_PRESETS[0]!.weights);
const MAIN_CENTRE = ["cyberport-aisc-aiss", "cyberport-aisc-commercial"];

/** The field inside a real react-hook-form form, as the advisor's needs form holds it. */
function Harness({ onRead }: { onRead: (v: NeedsFormValues) => void }) {
  const form = useForm<NeedsFormValues>({ defaultValues: needsToFormValues(DEFAULT_NEEDS) });
  return (
    <>
      <PriceOverridesField
        control={form.control as unknown as Control<NeedsFormValues, unknown, unknown>}
        register={form.register}
        setValue={form.setValue}
        errors={form.formState.errors}
        locale="en"
        idPrefix="t"
      />
      <button type="button" onClick={() => onRead(form.getValues())}>
        read
      </button>
    </>
  );
}

async function setup(locale: Locale) {
  let values: NeedsFormValues | null = null;
  const view = renderWithIntl(<Harness onRead={(v) => (values = v)} />, {
    locale,
    messages: await messagesFor(locale),
    catalogue: localiseCatalogue(catalogue, locale),
  });
  const read = () => {
    fireEvent.click(screen.getByRole("button", { name: "read" }));
    return values!;
  };
  return { view, read };
}

const centreCosts = (v: NeedsFormValues) => {
  const needs = needsSchema.parse(formValuesToNeedsInput(v));
  const rec = recommend(needs, weights, catalogue, { referenceDate: "2026-12-01" });
  return MAIN_CENTRE.map((id) => rec.ranked.find((r) => r.offerId === id)?.costHkd);
};

describe("PriceOverridesField", () => {
  it.each(["en", "zh-HK"] as const)("(%s) the HK-centre shortcut prices both main centre offers, at 12 and at 40 × 3", async (locale) => {
    const { view, read } = await setup(locale);
    const before = centreCosts(read());
    expect(before.every((c) => typeof c === "number")).toBe(true);

    const messages = (await messagesFor(locale)) as { advisor: { form: { overrides: { addAisc: string } } } };
    await act(async () => fireEvent.click(screen.getByRole("button", { name: messages.advisor.form.overrides.addAisc })));
    const v = read();
    expect(v.priceOverrides).toHaveLength(1);
    expect(v.priceOverrides[0]).toMatchObject({ scope: "provider", mode: "quote", amount: 40, currency: "HKD" });
    // The centre offers all start from the HK$40 list-price estimate.
    expect(view.container.querySelector<HTMLSelectElement>("#t-ov-0-offer")!.value).toBe("provider:cyberport-aisc-aiss");

    for (const quote of [12, 120]) {
      const amount = view.container.querySelector<HTMLInputElement>("#t-ov-0-amount")!;
      await act(async () => fireEvent.change(amount, { target: { value: String(quote) } }));
      const after = centreCosts(read());
      // Below the HK$40 list estimate every main row gets cheaper; well above it, dearer.
      after.forEach((c, i) => (quote < 40 ? expect(c, MAIN_CENTRE[i]).toBeLessThan(before[i]!) : expect(c, MAIN_CENTRE[i]).toBeGreaterThan(before[i]!)));
    }
  });

  it("shows the full name of the chosen target and loads the new offer's list price on switching", async () => {
    const { view, read } = await setup("en");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: /Override the Hong Kong AI supercomputing centre price/ })));
    const target = () => screen.getByTestId("override-target").textContent;
    expect(target()).toBe("Applies to every option of Cyberport AI Supercomputing Centre (AISC) (3)");

    const offer = catalogue.offers.find((o) => o.id === "aws-tokyo-p5-h100")!;
    const select = view.container.querySelector<HTMLSelectElement>("#t-ov-0-offer")!;
    await act(async () => fireEvent.change(select, { target: { value: `offer:${offer.id}` } }));
    expect(target()).toBe(`Applies to: ${offer.provider} · ${offer.name}`);
    const expected = Math.round(listPriceHkdPerHour(offer, catalogue.fx) * 100) / 100;
    expect(read().priceOverrides[0]).toMatchObject({ offerId: offer.id, scope: "offer", amount: expected, currency: "HKD" });
    expect(expected).not.toBe(40);

    // A discount is relative: switching keeps it.
    await act(async () => fireEvent.change(view.container.querySelector("#t-ov-0-mode")!, { target: { value: "discount" } }));
    await act(async () => fireEvent.change(view.container.querySelector("#t-ov-0-amount")!, { target: { value: "15" } }));
    await act(async () => fireEvent.change(select, { target: { value: "offer:cyberport-aisc-commercial" } }));
    expect(read().priceOverrides[0]).toMatchObject({ offerId: "cyberport-aisc-commercial", mode: "discount", amount: 15 });
  });
});
