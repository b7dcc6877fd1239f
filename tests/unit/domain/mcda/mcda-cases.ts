/**
 * Typed access to the known-answer cases in tests/fixtures/mcda-cases.json, a verbatim copy of
 * the known-answer cases of the research behind docs/method.md (§6). The copy keeps the tests self-contained.
 */
import rawCases from "@/tests/fixtures/mcda-cases.json";

type Json = Record<string, unknown>;
export type McdaCase = { id: string; input: Json; expected: Json; extra: Json };

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const all: unknown = rawCases;

export function mcdaCase(id: string): McdaCase {
  if (!Array.isArray(all)) throw new Error("mcda-cases.json must hold an array");
  const found: unknown = all.find((c: unknown) => isRecord(c) && c.id === id);
  if (!isRecord(found) || !isRecord(found.input) || !isRecord(found.expected)) {
    throw new Error(`mcda case ${id} not found or malformed`);
  }
  const extra = isRecord(found.extra_computed) ? found.extra_computed : {};
  return { id, input: found.input, expected: found.expected, extra };
}

export function num(value: unknown, label = "value"): number {
  if (typeof value !== "number") throw new Error(`${label} is not a number`);
  return value;
}

export function nums(value: unknown, label = "value"): number[] {
  if (!Array.isArray(value)) throw new Error(`${label} is not an array`);
  return value.map((v, i) => num(v, `${label}[${i}]`));
}

export function matrix(value: unknown, label = "value"): number[][] {
  if (!Array.isArray(value)) throw new Error(`${label} is not an array`);
  return value.map((row, i) => nums(row, `${label}[${i}]`));
}

export function record(value: unknown, label = "value"): Json {
  if (!isRecord(value)) throw new Error(`${label} is not an object`);
  return value;
}

/** The fixture codes criterion types as +1 (benefit) and −1 (cost). */
export function criterionTypes(value: unknown): ("benefit" | "cost")[] {
  return nums(value, "types").map((t) => (t > 0 ? "benefit" : "cost"));
}

/**
 * Asserts that every computed value rounds to the published one at `decimals` places, i.e. |diff| < ½·10^−decimals
 * (vitest's toBeCloseTo rule), and reports the first offending index.
 */
export function expectRoundsTo(computed: readonly number[], published: readonly number[], decimals: number): void {
  if (computed.length !== published.length) {
    throw new Error(`length ${computed.length} ≠ published length ${published.length}`);
  }
  const limit = 0.5 * 10 ** -decimals;
  computed.forEach((value, i) => {
    const diff = Math.abs(value - published[i]!);
    if (!(diff < limit)) {
      throw new Error(`index ${i}: computed ${value} does not round to ${published[i]} at ${decimals} dp`);
    }
  });
}

/** Asserts max |computed − expected| ≤ tolerance. */
export function expectWithin(computed: readonly number[], expected: readonly number[], tolerance: number): void {
  if (computed.length !== expected.length) {
    throw new Error(`length ${computed.length} ≠ expected length ${expected.length}`);
  }
  computed.forEach((value, i) => {
    const diff = Math.abs(value - expected[i]!);
    if (!(diff <= tolerance)) {
      throw new Error(`index ${i}: computed ${value}, expected ${expected[i]} ± ${tolerance} (diff ${diff})`);
    }
  });
}
