import { describe, expect, it } from "vitest";
import { hashIntakeToken, newIntakeToken } from "@/lib/consultations/intake-token";
import { resolveIntakeLink } from "@/lib/consultations/resolve-intake-link";
import { openSqliteRepository } from "@/lib/persistence/sqlite/sqlite-repository";

/*
 * What an intake token opens, against a real (in-memory) SQLite store: the link while it is
 * live; otherwise why not — the client sees 404 for "unknown" and 410 for the others.
 */
const NOW = new Date("2026-12-03T08:00:00.000Z");

async function setUp() {
  const repo = openSqliteRepository({ file: ":memory:", clock: () => NOW });
  const consultation = await repo.createConsultation({ client: "Intake Ltd" });
  const issue = async (expiresAt: string) => {
    const token = newIntakeToken();
    const link = (await repo.createIntakeLink(consultation.id, hashIntakeToken(token), expiresAt))!;
    return { token, link };
  };
  return { repo, consultation, issue };
}

describe("resolveIntakeLink", () => {
  it("a live token opens its link (and only by its token: the store holds the hash)", async () => {
    const { repo, consultation, issue } = await setUp();
    const { token, link } = await issue("2026-12-10T00:00:00.000Z");
    const resolved = await resolveIntakeLink(repo, token, NOW);
    expect(resolved).toEqual({ ok: true, link: expect.objectContaining({ id: link.id, consultationId: consultation.id }) });
    // The hash itself is not a token.
    expect(await resolveIntakeLink(repo, hashIntakeToken(token), NOW)).toEqual({ ok: false, state: "unknown" });
  });

  it("past its expiry instant the link is expired, even one millisecond past", async () => {
    const { repo, issue } = await setUp();
    const { token } = await issue("2026-12-03T08:00:00.001Z");
    expect((await resolveIntakeLink(repo, token, NOW)).ok).toBe(true);
    expect(await resolveIntakeLink(repo, token, new Date("2026-12-03T08:00:00.001Z"))).toEqual({ ok: false, state: "expired" });
  });

  it("a revoked link stays closed, whatever its expiry", async () => {
    const { repo, consultation, issue } = await setUp();
    const { token, link } = await issue("2027-01-01T00:00:00.000Z");
    expect(await repo.revokeIntakeLink(consultation.id, link.id)).toBe(true);
    expect(await resolveIntakeLink(repo, token, NOW)).toEqual({ ok: false, state: "revoked" });
  });

  it.each([
    ["a token never issued", newIntakeToken()],
    ["a token one character short", newIntakeToken().slice(1)],
    ["characters outside base64url", "a".repeat(42) + "/"],
    ["an empty token", ""],
    ["SQL", "' OR 1=1 --"],
  ])("%s is unknown", async (_label, token) => {
    const { repo } = await setUp();
    expect(await resolveIntakeLink(repo, token, NOW)).toEqual({ ok: false, state: "unknown" });
  });
});
