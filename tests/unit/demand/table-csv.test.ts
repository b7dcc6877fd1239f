import { describe, expect, it } from "vitest";
import { tableToCsv } from "@/lib/demand/table-csv";

describe("tableToCsv", () => {
  it("writes a BOM, CRLF rows, plain numbers and quoted text", () => {
    expect(
      tableToCsv(
        ["價格（港元）", "GPU-hours"],
        [
          [2, 1234567.891234],
          ["a,b", 'say "hi"'],
        ],
      ),
    ).toBe('\uFEFF價格（港元）,GPU-hours\r\n2,1234567.8912\r\n"a,b","say ""hi"""\r\n');
  });
  it("defuses formulas and leaves non-finite numbers empty", () => {
    expect(tableToCsv(["x"], [["=SUM(A1)"], [Number.NaN]])).toBe("\uFEFFx\r\n'=SUM(A1)\r\n\r\n");
  });
});
