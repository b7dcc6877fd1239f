// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { useForm } from "react-hook-form";
import { afterEach, describe, expect, it } from "vitest";
import { CheckGroup, FormSection, SelectField } from "@/app/[locale]/_advisor/form-field";
import { seriousViolations } from "./axe";

afterEach(cleanup);

function Form({ onValue }: { onValue?: (v: string) => void }) {
  const { register, watch } = useForm<{ residency: string }>({ defaultValues: { residency: "any" } });
  const value = watch("residency");
  onValue?.(value);
  return (
    <form>
      <FormSection legend="Data" grid>
        <SelectField
          field={{ id: "residency", error: value === "mainland-ok" ? "Not with this sensitivity" : undefined }}
          label="Data residency rule"
          hint="Where your data may be processed"
          registration={register("residency")}
          options={[
            { value: "any", label: "Anywhere" },
            { value: "hk-only", label: "Hong Kong only" },
            { value: "mainland-ok", label: "Mainland allowed" },
          ]}
        />
      </FormSection>
      <FormSection legend="Organisation">
        <CheckGroup legend="Tools" layout="grid" hint={{ id: "tools-hint", text: "What your team already uses" }}>
          <input type="checkbox" id="slurm" />
          <label htmlFor="slurm">Slurm</label>
        </CheckGroup>
        <CheckGroup legend="Your organisation">
          <input type="checkbox" id="hk" />
          <label htmlFor="hk">Registered in Hong Kong</label>
        </CheckGroup>
      </FormSection>
    </form>
  );
}

describe("the needs form kit", () => {
  it("FormSection is a fieldset named by its legend; SelectField a labelled, registered select with its hint", async () => {
    const seen: string[] = [];
    const { container } = render(<Form onValue={(v) => seen.push(v)} />);
    const data = screen.getByRole("group", { name: "Data" });
    const select = within(data).getByRole<HTMLSelectElement>("combobox", { name: "Data residency rule" });
    expect(select.value).toBe("any");
    expect(select.hasAttribute("aria-invalid")).toBe(false);
    expect(document.getElementById(select.getAttribute("aria-describedby") ?? "")?.textContent).toBe("Where your data may be processed");
    fireEvent.change(select, { target: { value: "hk-only" } });
    expect(seen.at(-1)).toBe("hk-only");
    expect(await seriousViolations(container)).toEqual([]);
  });

  it("SelectField shows its error and marks the select invalid", () => {
    render(<Form />);
    const select = screen.getByRole("combobox", { name: "Data residency rule" });
    fireEvent.change(select, { target: { value: "mainland-ok" } });
    expect(select.getAttribute("aria-invalid")).toBe("true");
    expect(
      select
        .getAttribute("aria-describedby")
        ?.split(" ")
        .map((id) => document.getElementById(id)?.textContent),
    ).toContain("Not with this sensitivity");
  });

  it("CheckGroup names its boxes by its legend and ties its hint to the group (none without a hint)", () => {
    render(<Form />);
    const tools = screen.getByRole("group", { name: "Tools" });
    expect(within(tools).getByRole("checkbox", { name: "Slurm" })).toBeTruthy();
    expect(tools.getAttribute("aria-describedby")).toBe("tools-hint");
    expect(document.getElementById("tools-hint")?.textContent).toBe("What your team already uses");
    const org = screen.getByRole("group", { name: "Your organisation" });
    expect(org.hasAttribute("aria-describedby")).toBe(false);
    expect(within(org).getByRole("checkbox", { name: "Registered in Hong Kong" })).toBeTruthy();
  });
});
