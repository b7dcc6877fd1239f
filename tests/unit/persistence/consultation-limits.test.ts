import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLIENT_MAX, NOTES_MAX } from "@/lib/persistence/consultation-limits";
import { openSqliteRepository } from "@/lib/persistence/sqlite/sqlite-repository";

const dir = mkdtempSync(join(tmpdir(), "ca-limits-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const open = () => openSqliteRepository({ file: join(dir, `t${n++}.db`) });

// The limits bound what the store keeps: exactly the limit is saved whole, one more character is
// refused with nothing written (the consultation form's maxLength uses the same numbers).
describe("consultation length limits, as the store applies them", () => {
  it.each([
    ["client", CLIENT_MAX],
    ["organisation", CLIENT_MAX],
    ["advisor", CLIENT_MAX],
    ["notes", NOTES_MAX],
  ] as const)("%s: %i characters are kept whole, one more is refused and nothing is saved", async (field, max) => {
    const repo = open();
    try {
      const atLimit = "字".repeat(max);
      const saved = await repo.createConsultation({ client: "Acme AI", [field]: atLimit });
      expect(saved[field]).toBe(atLimit);
      expect((await repo.getConsultation(saved.id))?.[field]).toBe(atLimit);

      await expect(repo.createConsultation({ client: "Beta Labs", [field]: `${atLimit}x` })).rejects.toThrow();
      await expect(repo.updateConsultation(saved.id, { [field]: `${atLimit}x` })).rejects.toThrow();
      expect((await repo.listConsultations()).map((c) => c.id)).toEqual([saved.id]);
      expect((await repo.getConsultation(saved.id))?.[field]).toBe(atLimit);
    } finally {
      await repo.close();
    }
  });

  it("the name fields are trimmed before they are measured; notes are kept as typed", async () => {
    const repo = open();
    try {
      const padded = `  ${"a".repeat(CLIENT_MAX)}  `;
      expect((await repo.createConsultation({ client: padded })).client).toBe("a".repeat(CLIENT_MAX));
      await expect(repo.createConsultation({ client: "A", notes: ` ${"n".repeat(NOTES_MAX - 1)} ` })).rejects.toThrow();
    } finally {
      await repo.close();
    }
  });
});
