// @vitest-environment jsdom
import { act } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { hydrateRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { SubmitButton } from "@/app/_components/submit-button";

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = "";
});

/** The server's HTML for `ui`, put in the page; then hydrated, as the browser does once the scripts arrive. */
function serveThenHydrate(ui: React.ReactElement) {
  const container = document.createElement("div");
  container.innerHTML = renderToString(ui);
  document.body.append(container);
  const served = container.querySelector("button")!;
  const before = { disabled: served.disabled, type: served.type };
  act(() => {
    root = hydrateRoot(container, ui);
  });
  return { before, after: container.querySelector("button")! };
}

describe("SubmitButton", () => {
  it("is disabled in the server's HTML, so a press before the scripts arrive cannot submit the form natively", () => {
    const { before, after } = serveThenHydrate(
      <form>
        <SubmitButton className="btn">Sign in</SubmitButton>
      </form>,
    );
    expect(before).toEqual({ disabled: true, type: "submit" });
    expect(after.disabled).toBe(false);
    expect(after.className).toBe("btn");
    expect(after.textContent).toBe("Sign in");
  });

  it("keeps its own disabled state once hydrated", () => {
    const { after } = serveThenHydrate(<SubmitButton disabled>Save</SubmitButton>);
    expect(after.disabled).toBe(true);
  });

  it("an Enter in a field of a form whose button is still disabled does not submit it", () => {
    const container = document.createElement("div");
    container.innerHTML = renderToString(
      <form>
        <input name="email" />
        <input name="password" type="password" />
        <SubmitButton>Sign in</SubmitButton>
      </form>,
    );
    document.body.append(container);
    let submitted = 0;
    const form = container.querySelector("form")!;
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      submitted++;
    });
    // requestSubmit() from the default button, as implicit submission does: refused while disabled.
    container.querySelector("button")!.click();
    expect(submitted).toBe(0);
  });
});
