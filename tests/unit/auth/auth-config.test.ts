import { describe, expect, it } from "vitest";
import { authRequired } from "@/lib/auth/auth-config";
import { persistenceConfig } from "@/lib/persistence/persistence-config";

describe("authRequired", () => {
  it.each([
    [{}, false],
    [{ DATABASE_URL: "postgres://h/db" }, true],
    [{ DATABASE_URL: "postgres://h/db", AUTH_REQUIRED: "0" }, false],
    [{ AUTH_REQUIRED: "1" }, true],
    [{ AUTH_REQUIRED: "true" }, true],
    [{ AUTH_REQUIRED: "false", DATABASE_URL: "postgres://h/db" }, false],
    [{ AUTH_REQUIRED: "" }, false],
  ])("%j → %s", (env, expected) => {
    expect(authRequired(env)).toBe(expected);
  });

  it("rejects a value it does not understand instead of guessing", () => {
    expect(() => authRequired({ AUTH_REQUIRED: "yes" })).toThrow();
  });
});

describe("persistenceConfig", () => {
  it("defaults to SQLite at ./.data/advisor.db", () => {
    const c = persistenceConfig({});
    expect(c.kind).toBe("sqlite");
    expect(c.kind === "sqlite" && c.file.endsWith("/.data/advisor.db")).toBe(true);
  });
  it("uses DATA_DIR, and PostgreSQL when DATABASE_URL is set", () => {
    expect(persistenceConfig({ DATA_DIR: "/srv/ca" })).toMatchObject({ kind: "sqlite", file: "/srv/ca/advisor.db" });
    expect(persistenceConfig({ DATABASE_URL: "postgresql://u@h:5432/ca" })).toMatchObject({
      kind: "postgres",
      url: "postgresql://u@h:5432/ca",
    });
    expect(persistenceConfig({ DATABASE_URL: "" }).kind).toBe("sqlite");
  });
  it("refuses a DATABASE_URL that is not PostgreSQL", () => {
    expect(() => persistenceConfig({ DATABASE_URL: "mysql://h/db" })).toThrow(/postgres/);
  });
});
