// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { SortField } from "@/app/_components/sort-field";
import { seriousViolations } from "./axe";

afterEach(cleanup);

const OPTIONS = [
  { value: "", label: "Default order" },
  { value: "price", label: "Price, low to high" },
  { value: "-price", label: "Price, high to low" },
];

function Harness({ calls }: { calls: [string, boolean][] }) {
  const [value, setValue] = useState("");
  return (
    <SortField
      id="sort"
      label="Sort by"
      value={value}
      options={OPTIONS}
      onSort={(column, desc) => {
        calls.push([column, desc]);
        setValue(`${desc ? "-" : ""}${column}`);
      }}
    />
  );
}

describe("SortField", () => {
  it("is a labelled select listing every choice, the chosen one selected", async () => {
    const { container } = render(<Harness calls={[]} />);
    const select = screen.getByLabelText<HTMLSelectElement>("Sort by");
    expect([...select.options].map((o) => o.textContent)).toEqual(OPTIONS.map((o) => o.label));
    expect(select.value).toBe("");
    expect(await seriousViolations(container)).toEqual([]);
  });

  it.each([
    ["price", ["price", false]],
    ["-price", ["price", true]],
    ["", ["", false]],
  ] as const)("choosing %j reports the column and direction apart: %j", (value, expected) => {
    const calls: [string, boolean][] = [];
    render(<Harness calls={calls} />);
    const select = screen.getByLabelText<HTMLSelectElement>("Sort by");
    fireEvent.change(select, { target: { value } });
    expect(calls.at(-1)).toEqual(expected);
    expect(select.value).toBe(value);
  });
});
