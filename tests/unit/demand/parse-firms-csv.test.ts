import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { CSV_COLUMN_NAMES, csvTemplate } from "@/lib/demand/csv-columns";
import { MAX_LISTED_PROBLEMS, type CsvProblem, type FileProblem } from "@/lib/demand/firm-rows";
import { parseFirmsCsv } from "@/lib/demand/parse-firms-csv";

const parse = (text: string, locale: "en" | "zh-HK" | "zh-CN" = "en", maxRows = 200_000) => parseFirmsCsv(text, catalogue, locale, maxRows);
const header = "firm,workload,gpuHoursPerMonth,durationMonths,peakGpus,residency,tools";

describe("parseFirmsCsv", () => {
  it("imports the downloadable template: one firm with two workloads, defaults applied", async () => {
    const r = await parse(csvTemplate());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rows).toBe(2);
    expect(r.firms).toHaveLength(1);
    const [a, b] = r.firms[0]!.workloads;
    expect(a).toMatchObject({
      workload: "llm-fine-tuning",
      gpuHoursPerMonth: 800,
      tools: ["jupyter", "containers"],
      organisation: { hkRegistered: true },
    });
    expect(b).toMatchObject({
      workload: "inference",
      residency: "hk-only",
      budgetHkd: 120_000,
      hoursMeasuredOn: "h100-sxm",
      multiNode: false,
    });
    expect(r.firms[0]!.governmentFunded).toBe(true);
  });

  it("reads where a firm has entities abroad, its institutions and its mainland data's origin; refuses a bad country code", async () => {
    const cols =
      "workload,gpuHoursPerMonth,durationMonths,dataSensitivity,mainlandDataOrigin,organisation.overseasEntities,organisation.memberOf";
    const r = await parse(`${cols}\ninference,10,12,mainland-origin,gba,SG;JP,hkust-gz\n`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.firms[0]!.workloads[0]).toMatchObject({
      mainlandDataOrigin: "gba",
      organisation: { overseasEntities: ["SG", "JP"], memberOf: ["hkust-gz"] },
    });
    const bad = await parse(`${cols}\ninference,10,12,confidential,,sg,\n`);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect((bad.problems as CsvProblem[]).map((p) => p.column)).toEqual(["organisation.overseasEntities"]);
  });

  it("groups rows by firm and gives rows without a firm a firm of their own", async () => {
    const r = await parse(`${header}\na,inference,10,12,1,,\na,dl-training,20,12,1,,\n,inference,5,6,1,,\n,inference,5,6,1,,\n`);
    expect(r.ok && r.firms.map((f) => f.workloads.length)).toEqual([2, 1, 1]);
  });

  it("refuses a file with bad rows, listing every problem by row and column, and imports nothing", async () => {
    const text = `${header}\nx,inference,10,12,1,anywhere,\ny,mining,-3,12,1,mars,jupyter;teleport\nz,inference,abc,0,1,,\nw,inference,10,12\n`;
    const r = await parse(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const problems = r.problems as CsvProblem[];
    const at = (row: number) =>
      problems
        .filter((p) => p.row === row)
        .map((p) => p.column)
        .sort();
    expect(at(2)).toEqual([]);
    expect(at(3)).toEqual(["gpuHoursPerMonth", "residency", "tools", "workload"]);
    expect(at(4)).toEqual(["durationMonths", "gpuHoursPerMonth"]);
    expect((r.problems as FileProblem[]).find((p) => p.row === 5)?.code).toBe("field-count");
    expect(r.problemCount).toBe(problems.length);
    expect(problems.find((p) => p.row === 4 && p.column === "gpuHoursPerMonth")?.message).toBe("GPU-hours per month: must be a number");
    expect("firms" in r).toBe(false);
  });

  it("says what is wrong in the UI language", async () => {
    const r = await parse(`${header}\nx,inference,-1,12,1,,\n`, "zh-HK");
    expect(!r.ok && (r.problems[0] as CsvProblem).message).toBe("每月 GPU 小時：必須不少於 1");
  });

  it("checks ids against the catalogue", async () => {
    const r = await parse(
      `workload,gpuHoursPerMonth,durationMonths,hoursMeasuredOn,subsidies\ninference,10,12,tpu-v9,hk-aiss;free-money\n`,
    );
    expect(!r.ok && (r.problems as CsvProblem[]).map((p) => p.column).sort()).toEqual(["hoursMeasuredOn", "subsidies"]);
  });

  it.each([
    ["", "empty"],
    ["\n\n", "empty"],
    [`${header}\n`, "empty"],
  ])("refuses an empty file (%j)", async (text, code) => {
    const r = await parse(text);
    expect(!r.ok && (r.problems[0] as FileProblem).code).toBe(code);
  });

  it("refuses wrong headers: missing required and unknown columns, before reading any row", async () => {
    const r = await parse("firm,work_load,gpuHoursPerMonth,colour\na,inference,10,red\n");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const codes = (r.problems as FileProblem[]).map((p) => [p.code, p.values?.columns]);
    expect(codes).toEqual([
      ["missing-columns", "workload, durationMonths"],
      ["unknown-columns", "work_load, colour"],
    ]);
    expect(r.rows).toBe(0);
  });

  it("refuses more rows than the limit", async () => {
    const rows = Array.from({ length: 6 }, () => "inference,10,12").join("\n");
    const r = await parse(`workload,gpuHoursPerMonth,durationMonths\n${rows}\n`, "en", 5);
    expect(!r.ok && (r.problems[0] as FileProblem).code).toBe("too-many-rows");
  });

  it("reads a 100,000-row file; with every row bad it lists the first problems and counts them all", async () => {
    const good = Array.from(
      { length: 100_000 },
      (_, i) => `f${i % 40_000},${i % 2 ? "inference" : "dl-training"},${10 + (i % 500)},12,${1 + (i % 8)},anywhere,jupyter`,
    );
    const r = await parse(`${header}\n${good.join("\n")}\n`);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.rows).toBe(100_000);
      expect(r.firms).toHaveLength(40_000);
    }
    const bad = good.map((l) => l.replace(",12,", ",0,"));
    const b = await parse(`${header}\n${bad.join("\n")}\n`);
    expect(b.ok).toBe(false);
    if (!b.ok) {
      expect(b.problemCount).toBe(100_000);
      expect(b.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    }
  }, 60_000);

  it("the template names every column", () => {
    expect(csvTemplate().split("\r\n")[0]!.split(",")).toEqual([...CSV_COLUMN_NAMES]);
  });
});
