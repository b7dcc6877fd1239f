import type { Locator, Page } from "@playwright/test";

/**
 * A page object's base class whose properties are the page's parts found by test id:
 * `class DemandPage extends testIdParts({ done: "demand-done" })` gives `new DemandPage(page).done`,
 * `page.getByTestId("demand-done")`. The map is the one list of a page object's test ids.
 */
export function testIdParts<const T extends Record<string, string>>(ids: T) {
  class Parts {
    readonly page: Page;
    constructor(page: Page) {
      this.page = page;
      for (const [name, id] of Object.entries(ids)) Object.defineProperty(this, name, { value: page.getByTestId(id), enumerable: true });
    }
  }
  return Parts as unknown as new (page: Page) => { readonly page: Page } & { readonly [K in keyof T]: Locator };
}
