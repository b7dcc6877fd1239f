// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { WeightsPanel, type ScoringMethod } from "@/app/[locale]/_advisor/weights-panel";
import { slidersFromWeights } from "@/app/[locale]/_advisor/rebalance-sliders";
import { FACTORS, type Factor, type Weights } from "@/lib/domain/factors";
import { WEIGHT_PRESETS } from "@/lib/domain/weights/weight-presets";
import { messagesFor, renderWithIntl } from "./render-with-intl";

const messages = await messagesFor("en");
afterEach(cleanup);

const LABEL: Record<Factor, string> = {
  price: "Price",
  security: "Data security / privacy",
  performance: "Computing speed / performance",
  approval: "Ease of application / approval",
  ux: "User experience / interface / tool support",
};

/** The panel as the advisor holds it: positions in state, replaced by whatever the panel reports. */
function Harness({ initial }: { initial: Weights }) {
  const [sliders, setSliders] = useState(() => slidersFromWeights(initial));
  const [method, setMethod] = useState<ScoringMethod>("weighted-sum");
  return <WeightsPanel sliders={sliders} onSlidersChange={setSliders} method={method} onMethodChange={setMethod} />;
}

const slider = (f: Factor) => screen.getByLabelText(LABEL[f]) as HTMLInputElement;
/** The percentage the label next to a slider reads ("44.7%" → 44.7). */
const label = (f: Factor) => Number((document.querySelector(`output[for="${slider(f).id}"]`)?.textContent ?? "").replace("%", ""));

function expectThumbsMatchLabels() {
  let sum = 0;
  for (const f of FACTORS) {
    expect(Number(slider(f).value), f).toBe(label(f));
    expect(slider(f).getAttribute("aria-valuetext"), f).toBe(`${label(f).toFixed(1)}%`);
    sum += label(f);
  }
  expect(Math.round(sum * 10) / 10).toBe(100);
}

describe("WeightsPanel: every thumb sits on the percentage its label reads", () => {
  const study = WEIGHT_PRESETS[0]!.weights;

  it("on the study's ranking, before any change", () => {
    renderWithIntl(<Harness initial={study} />, { locale: "en", messages });
    expectThumbsMatchLabels();
    expect(label("price")).toBe(45.7);
  });

  it("moving security to 60 shows 60%, and the other thumbs move with their labels", () => {
    renderWithIntl(<Harness initial={study} />, { locale: "en", messages });
    const priceBefore = Number(slider("price").value);
    fireEvent.change(slider("security"), { target: { value: "60" } });
    expect(label("security")).toBe(60);
    expect(Number(slider("security").value)).toBe(60);
    // The price thumb moved (it does not sit still while its label changes).
    expect(Number(slider("price").value)).toBeLessThan(priceBefore);
    expectThumbsMatchLabels();
    // The others keep their proportions: price stays ~1.78× performance (0.4567 / 0.2567 … of the rest).
    expect(label("price") / label("performance")).toBeCloseTo(study.price / study.performance, 1);
  });

  it("after several changes, key presses and a preset", () => {
    renderWithIntl(<Harness initial={study} />, { locale: "en", messages });
    fireEvent.change(slider("ux"), { target: { value: "100" } });
    expectThumbsMatchLabels();
    expect(label("ux")).toBe(100);
    fireEvent.change(slider("ux"), { target: { value: "20" } });
    // The others were all zero, so they share the remaining 80% evenly.
    expect(FACTORS.filter((f) => f !== "ux").map(label)).toEqual([20, 20, 20, 20]);
    expectThumbsMatchLabels();
    fireEvent.keyDown(slider("price"), { key: "PageUp" });
    expect(label("price")).toBe(30);
    expectThumbsMatchLabels();
    fireEvent.click(screen.getByRole("button", { name: "Equal" }));
    expect(FACTORS.map(label)).toEqual([20, 20, 20, 20, 20]);
    expectThumbsMatchLabels();
  });
});
