// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ConsultationFields, consultationBody } from "@/app/[locale]/consultations/_components/consultation-fields";
import type { Consultation } from "@/lib/persistence/records";
import { seriousViolations } from "./axe";

afterEach(cleanup);

const LABELS = { client: "Client", organisation: "Organisation", advisor: "Advisor", notes: "Notes" };

describe("ConsultationFields", () => {
  it("labels every input, fills an existing consultation and keeps the record's length limits", async () => {
    const consultation = { id: "c1", client: "Acme AI", organisation: null, advisor: "Wing", notes: "Needs H100s" } as Consultation;
    const { container } = render(<ConsultationFields idPrefix="cd" labels={LABELS} consultation={consultation} />);
    expect((screen.getByLabelText("Client") as HTMLInputElement).value).toBe("Acme AI");
    expect((screen.getByLabelText("Organisation") as HTMLInputElement).value).toBe("");
    expect((screen.getByLabelText("Advisor") as HTMLInputElement).value).toBe("Wing");
    expect((screen.getByLabelText("Notes") as HTMLTextAreaElement).value).toBe("Needs H100s");
    expect(screen.getByLabelText("Client").id).toBe("cd-client");
    expect((screen.getByLabelText("Client") as HTMLInputElement).maxLength).toBe(200);
    expect((screen.getByLabelText("Notes") as HTMLTextAreaElement).maxLength).toBe(10_000);
    expect(await seriousViolations(container)).toEqual([]);
  });

  it("sends the client as typed and blank optional fields as null", () => {
    const { container } = render(
      <form>
        <ConsultationFields idPrefix="nc" labels={LABELS} />
      </form>,
    );
    (screen.getByLabelText("Client") as HTMLInputElement).value = " Beta Labs ";
    (screen.getByLabelText("Organisation") as HTMLInputElement).value = "   ";
    (screen.getByLabelText("Advisor") as HTMLInputElement).value = " Mei ";
    expect(consultationBody(new FormData(container.querySelector("form")!))).toEqual({ client: " Beta Labs ", organisation: null, advisor: "Mei", notes: null });
  });
});
