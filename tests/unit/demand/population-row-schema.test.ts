import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CSV_COLUMN_NAMES } from "@/lib/demand/csv-columns";
import { MAX_API_ROWS } from "@/lib/demand/demand-limits";
import { populationRowSchema, populationRowsSchema } from "@/lib/demand/population-row-schema";

/*
 * The shape of `population.rows` before any needs check: the CSV import's column names as
 * keys (no others), each cell a CSV cell's text or the JSON value it stands for, 1 to
 * MAX_API_ROWS rows.
 */
const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => i.path.join("."));

const cell = fc.oneof(
  fc.string({ maxLength: 1000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 200 }), { maxLength: 50 }),
);

describe("populationRowSchema", () => {
  it("accepts any subset of the CSV columns with any kind of cell (the needs check comes later)", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...CSV_COLUMN_NAMES), cell, { maxKeys: CSV_COLUMN_NAMES.length }), (row) => {
        expect(populationRowSchema.safeParse(row).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("the empty row is a valid shape (its missing required columns are the needs check's to report)", () => {
    expect(populationRowSchema.safeParse({}).success).toBe(true);
  });

  it.each(["colour", "Workload", "organisation", "organisation.name", "priceOverrides", "constructor", "toString"])(
    "refuses the column %j, which the CSV import does not know",
    (name) => {
      const r = populationRowSchema.safeParse({ workload: "inference", [name]: "x" });
      expect(r.success).toBe(false);
    },
  );

  it.each([
    ["an object", { tb: 1 }],
    ["a list of numbers", [1, 2]],
    ["a list of lists", [["a"]]],
    ["text over 1,000 characters", "x".repeat(1001)],
    ["a list of 51 items", Array.from({ length: 51 }, (_, i) => `i${i}`)],
    ["a list item over 200 characters", ["y".repeat(201)]],
  ])("refuses a cell that is %s, at that column", (_what, value) => {
    const r = populationRowSchema.safeParse({ workload: "inference", storageTb: value });
    expect(r.success).toBe(false);
    expect(paths(r).map((p) => p.split(".")[0])).toEqual(["storageTb"]);
  });

  it("keeps the limits inclusive: 1,000 characters, 50 items of 200 characters", () => {
    const row = { workload: "x".repeat(1000), tools: Array.from({ length: 50 }, () => "t".repeat(200)) };
    expect(populationRowSchema.safeParse(row).success).toBe(true);
  });
});

describe("populationRowsSchema", () => {
  it("needs at least one row and at most MAX_API_ROWS", () => {
    expect(paths(populationRowsSchema.safeParse([]))).toEqual([""]);
    expect(populationRowsSchema.safeParse([{}]).success).toBe(true);
    expect(populationRowsSchema.safeParse(Array.from({ length: MAX_API_ROWS }, () => ({}))).success).toBe(true);
    const over = populationRowsSchema.safeParse(Array.from({ length: MAX_API_ROWS + 1 }, () => ({})));
    expect(over.success).toBe(false);
    expect(over.error!.issues[0]).toMatchObject({ code: "too_big", maximum: MAX_API_ROWS });
  });

  it("names the bad row by its index from 0", () => {
    expect(paths(populationRowsSchema.safeParse([{}, {}, { firm: { id: 1 } }]))).toEqual(["2.firm"]);
    expect(paths(populationRowsSchema.safeParse([{}, "row"]))).toEqual(["1"]);
  });
});
