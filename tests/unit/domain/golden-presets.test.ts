import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { recommend } from "@/lib/domain/scoring/recommend";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { NEEDS_PRESET_IDS } from "@/lib/needs/needs-preset-ids";
import { needsPreset } from "@/lib/needs/needs-presets";

/**
 * Golden file: the full recommend() output for the four needs presets against the real
 * catalogue, study-ranking weights, at a fixed reference date. Any change to a rule, a score,
 * a cost line or a catalogue figure shows up as a diff of this file, to be reviewed by eye.
 * Refresh deliberately with `GOLDEN_UPDATE=1 npx vitest run --config tests/vitest.config.mts tests/unit/domain/golden-presets.test.ts`.
 */
const GOLDEN = join(__dirname, "../../fixtures/golden/recommend-presets.json");
const REFERENCE_DATE = "2026-12-03";

const output = Object.fromEntries(
  NEEDS_PRESET_IDS.map((id) => [id, recommend(needsPreset(id), DEFAULT_WEIGHTS, catalogue, { referenceDate: REFERENCE_DATE })]),
);
const text = `${JSON.stringify(output, null, 1)}\n`;

describe("golden: recommend() for the four presets", () => {
  it("matches tests/fixtures/golden/recommend-presets.json (GOLDEN_UPDATE=1 refreshes)", () => {
    if (process.env.GOLDEN_UPDATE === "1" || !existsSync(GOLDEN)) {
      if (process.env.GOLDEN_UPDATE !== "1") throw new Error(`missing ${GOLDEN}: run with GOLDEN_UPDATE=1 to create it`);
      mkdirSync(dirname(GOLDEN), { recursive: true });
      writeFileSync(GOLDEN, text);
    }
    expect(text).toBe(readFileSync(GOLDEN, "utf8"));
  });

  it("is for the catalogue version it names", () => {
    for (const rec of Object.values(output)) expect(rec.catalogueVersion).toBe(catalogue.version);
  });
});
