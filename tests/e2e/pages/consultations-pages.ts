import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { ADVISOR } from "../fixtures/e2e-store";

type Locale = "en" | "zh-HK" | "zh-CN";

/** Sign-in, consultations list and consultation page, driven the way an advisor drives them. */
export class ConsultationsPages {
  constructor(readonly page: Page) {}

  async signIn(locale: Locale = "en", account = ADVISOR): Promise<void> {
    await this.page.goto(`/${locale}/consultations`);
    await expect(this.page).toHaveURL(new RegExp(`/${locale}/login\\?next=`));
    await this.page.getByLabel("E-mail address").fill(account.email);
    await this.page.getByLabel("Password").fill(account.password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
    await expect(this.page).toHaveURL(new RegExp(`/${locale}/consultations$`));
    await expect(this.page.getByText(`Signed in as ${account.email}`)).toBeVisible();
  }

  async createConsultation(client: string, organisation: string): Promise<string> {
    await this.page.getByLabel("Client name").fill(client);
    await this.page.getByLabel("Organisation").fill(organisation);
    await this.page.getByRole("button", { name: "Create consultation" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: client })).toBeVisible();
    const id = /consultations\/([A-Za-z0-9_-]{22})/.exec(this.page.url())?.[1];
    expect(id).toBeTruthy();
    return id!;
  }

  /** On the advisor page: "Save as scenario" into the consultation the dialog offers first. */
  async saveFromAdvisor(name: string): Promise<void> {
    await this.page.getByRole("button", { name: "Save as scenario" }).click();
    const dialog = this.page.getByRole("dialog", { name: "Save as scenario" });
    await expect(dialog.getByLabel("Consultation")).toBeVisible();
    await dialog.getByLabel("Scenario name").fill(name);
    await dialog.getByRole("button", { name: "Save", exact: true }).click();
    await expect(dialog.getByText(`Saved “${name}”.`)).toBeVisible();
    await dialog.getByRole("button", { name: "Cancel" }).click();
  }

  scenarioRow(name: string) {
    return this.page.locator(`tr[data-scenario="${name}"]`);
  }

  async openConsultation(id: string, locale: Locale = "en"): Promise<void> {
    await this.page.goto(`/${locale}/consultations/${id}`);
  }
}

/** A signed-in API client: fetches the CSRF token and signs in, like the login page does. */
export async function apiSignIn(request: APIRequestContext, account = ADVISOR): Promise<string> {
  const session = await (await request.get("/api/auth/session")).json();
  const res = await request.post("/api/auth/login", { headers: { "x-csrf-token": session.csrfToken }, data: account });
  expect(res.status()).toBe(200);
  return (await res.json()).csrfToken as string;
}
