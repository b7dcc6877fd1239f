import { describe, expect, it } from "vitest";
import { hashIntakeToken, INTAKE_TOKEN_PATTERN, intakeLinkState, newIntakeToken } from "@/lib/consultations/intake-token";
import { downloadName } from "@/lib/consultations/download-name";
import { ID_PATTERN, newId } from "@/lib/persistence/new-id";

describe("ids and intake tokens", () => {
  it("ids carry 128 random bits, tokens 256, and do not repeat", () => {
    const ids = new Set(Array.from({ length: 2000 }, newId));
    expect(ids.size).toBe(2000);
    for (const id of [...ids].slice(0, 50)) {
      expect(id).toMatch(ID_PATTERN);
      expect(Buffer.from(id, "base64url").length).toBe(16);
    }
    const token = newIntakeToken();
    expect(token).toMatch(INTAKE_TOKEN_PATTERN);
    expect(Buffer.from(token, "base64url").length).toBe(32);
  });

  it("stores only a hash of the token", () => {
    const token = newIntakeToken();
    expect(hashIntakeToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashIntakeToken(token)).not.toContain(token);
    expect(hashIntakeToken(token)).toBe(hashIntakeToken(token));
  });

  it.each([
    [{ expiresAt: "2026-12-01T00:00:00.000Z", revokedAt: null }, "active"],
    [{ expiresAt: "2026-11-01T00:00:00.000Z", revokedAt: null }, "expired"],
    [{ expiresAt: "2026-11-25T00:00:00.000Z", revokedAt: null }, "expired"],
    [{ expiresAt: "2026-12-01T00:00:00.000Z", revokedAt: "2026-11-20T00:00:00.000Z" }, "revoked"],
  ])("a link %j is %s on 2026-11-25", (link, state) => {
    expect(intakeLinkState(link, new Date("2026-11-25T00:00:00.000Z"))).toBe(state);
  });
});

describe("downloadName", () => {
  it.each([
    ["HK only / 2026", "json", "hk-only-2026.json"],
    ["數據留港", "pdf", "scenario.pdf"],
    ['a"b\\c', "csv", "a-b-c.csv"],
  ])("downloadName(%s)", (name, ext, expected) => {
    expect(downloadName(name, ext)).toBe(expected);
  });
});
