import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  clientAddress,
  LOGIN_WINDOW_MS,
  loginThrottled,
  MAX_FAILURES_PER_EMAIL,
  MAX_FAILURES_PER_IP,
  recordLoginFailure,
} from "@/lib/auth/login-throttle";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { openSqliteRepository } from "@/lib/persistence/sqlite/sqlite-repository";

const dir = mkdtempSync(join(tmpdir(), "ca-throttle-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("login throttle", () => {
  it("refuses after the e-mail's limit, for any address, until the window has passed", async () => {
    let now = new Date("2026-11-25T01:00:00Z");
    const repo = openSqliteRepository({ file: join(dir, "a.db"), clock: () => now });
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      expect(await loginThrottled(repo, "Wong@example.org", `10.0.0.${i}`, now)).toBe(false);
      await recordLoginFailure(repo, "wong@example.org", `10.0.0.${i}`);
    }
    expect(await loginThrottled(repo, "WONG@example.org", "10.9.9.9", now)).toBe(true);
    expect(await loginThrottled(repo, "chan@example.org", "10.9.9.9", now)).toBe(false);
    now = new Date(now.getTime() + LOGIN_WINDOW_MS + 1000);
    expect(await loginThrottled(repo, "wong@example.org", "10.9.9.9", now)).toBe(false);
    await repo.close();
  });

  it("refuses a client address that fails across many e-mails", async () => {
    const now = new Date("2026-11-25T01:00:00Z");
    const repo = openSqliteRepository({ file: join(dir, "b.db"), clock: () => now });
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) await recordLoginFailure(repo, `user${i}@example.org`, "203.0.113.7");
    expect(await loginThrottled(repo, "new@example.org", "203.0.113.7", now)).toBe(true);
    expect(await loginThrottled(repo, "new@example.org", "203.0.113.8", now)).toBe(false);
    await repo.close();
  });

  it("reads the client address from the last X-Forwarded-For hop (the one our proxy wrote), like the API rate limit", () => {
    expect(clientAddress(new Request("http://x/", { headers: { "x-forwarded-for": "203.0.113.7" } }))).toBe("203.0.113.7");
    // A client that sends its own X-Forwarded-For through an appending proxy cannot choose its key.
    for (const spoofed of ["1.1.1.1", "2.2.2.2", "not-an-ip"])
      expect(clientAddress(new Request("http://x/", { headers: { "x-forwarded-for": `${spoofed}, 203.0.113.7` } }))).toBe("203.0.113.7");
    expect(clientAddress(new Request("http://x/", { headers: { "x-forwarded-for": " , ", "x-real-ip": "198.51.100.2" } }))).toBe("198.51.100.2");
    expect(clientAddress(new Request("http://x/"))).toBe("direct");
  });
});

describe("password hashing (bcrypt)", () => {
  it("verifies the right password only, and never matches an unknown account", async () => {
    const hash = await hashPassword("correct horse battery", 4);
    expect(hash).toMatch(/^\$2[aby]\$04\$/);
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("Correct horse battery", hash)).toBe(false);
    expect(await verifyPassword("anything", null)).toBe(false);
  });
});
