import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { UNDO_WINDOW_MS } from "@/lib/consultations/undo-window";
import type { Repository } from "@/lib/persistence/repository";
import { openSqliteRepository } from "@/lib/persistence/sqlite/sqlite-repository";

const DAY_MS = 24 * 60 * 60 * 1000;
const DELETED_AT = Date.parse("2026-11-25T01:00:00.000Z");

const dir = mkdtempSync(join(tmpdir(), "ca-undo-window-"));
let n = 0;
let repo: Repository | undefined;
afterEach(async () => {
  await repo?.close();
  repo = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A store whose clock reads DELETED_AT, and a consultation deleted at that time. */
async function deletedConsultation() {
  const r = (repo = await openSqliteRepository({ file: join(dir, `t${n++}`, "advisor.db"), clock: () => new Date(DELETED_AT) }));
  const c = await r.createConsultation({ client: "Acme AI" });
  expect(await r.deleteConsultation(c.id)).toBe(true);
  return { r, id: c.id };
}

/** The purge cut-off the app uses when a request arrives at `nowMs`. */
const cutOffAt = (nowMs: number) => new Date(nowMs - UNDO_WINDOW_MS).toISOString();

describe("UNDO_WINDOW_MS", () => {
  it("is thirty days", () => {
    expect(UNDO_WINDOW_MS).toBe(30 * DAY_MS);
  });

  it.each([0, 1, 15, 29])("a consultation deleted %i day(s) ago survives the purge and can still be restored", async (days) => {
    const { r, id } = await deletedConsultation();
    expect(await r.purgeDeletedConsultations(cutOffAt(DELETED_AT + days * DAY_MS))).toBe(0);
    expect((await r.restoreConsultation(id))?.client).toBe("Acme AI");
  });

  it.each([31, 60, 365])("a consultation deleted %i days ago is purged and cannot be restored", async (days) => {
    const { r, id } = await deletedConsultation();
    expect(await r.purgeDeletedConsultations(cutOffAt(DELETED_AT + days * DAY_MS))).toBe(1);
    expect(await r.restoreConsultation(id)).toBeNull();
  });
});
