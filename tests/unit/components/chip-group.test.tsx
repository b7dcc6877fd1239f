// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { ChipGroup } from "@/app/_components/chip-group";
import { toggled } from "@/app/_components/toggled";
import { seriousViolations } from "./axe";

afterEach(cleanup);

const ORDER = ["jupyter", "containers", "slurm"] as const;

describe("toggled", () => {
  it.each([
    [[], "slurm", true, ["slurm"]],
    [["slurm"], "jupyter", true, ["jupyter", "slurm"]], // the given order, not the click order
    [["jupyter", "slurm"], "jupyter", false, ["slurm"]],
    [["slurm"], "slurm", true, ["slurm"]], // ticking twice adds nothing
  ] as const)("%j + %s (%s) in a fixed order → %j", (values, value, checked, expected) => {
    expect(toggled(values, value, checked, ORDER)).toEqual(expected);
  });

  it("without an order, a new value goes last", () => {
    expect(toggled(["b"], "a", true)).toEqual(["b", "a"]);
  });
});

function Radios() {
  const [n, setN] = useState(1000);
  return (
    <fieldset>
      <legend>Samples</legend>
      <ChipGroup
        kind="radio"
        name="samples"
        bodyClassName="num"
        options={[1000, 5000].map((v) => ({ value: v, label: `${v}` }))}
        value={n}
        onChange={setN}
      />
    </fieldset>
  );
}

function Checks() {
  const [tools, setTools] = useState<string[]>([]);
  return (
    <fieldset>
      <legend>Tools</legend>
      <ChipGroup
        kind="checkbox"
        options={ORDER.map((v) => ({ value: v, label: v }))}
        values={tools}
        onToggle={(v, on) => setTools((t) => toggled(t, v, on, ORDER))}
      />
      <output>{tools.join(",")}</output>
    </fieldset>
  );
}

describe("ChipGroup", () => {
  it("radios: one chip checked, a click moves the choice", async () => {
    const { container } = render(<Radios />);
    expect((screen.getByLabelText("1000") as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText("5000"));
    expect((screen.getByLabelText("5000") as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText("1000") as HTMLInputElement).checked).toBe(false);
    expect(container.querySelector(".chip__body.num")).not.toBeNull();
    expect(await seriousViolations(container)).toEqual([]);
  });

  it("checkboxes: each click ticks or unticks its value", async () => {
    const { container } = render(<Checks />);
    fireEvent.click(screen.getByLabelText("slurm"));
    fireEvent.click(screen.getByLabelText("jupyter"));
    expect(screen.getByRole("status").textContent).toBe("jupyter,slurm");
    fireEvent.click(screen.getByLabelText("slurm"));
    expect(screen.getByRole("status").textContent).toBe("jupyter");
    expect(await seriousViolations(container)).toEqual([]);
  });
});
