import { describe, expect, it } from "vitest";
import { csvField, rankingToCsv } from "@/app/[locale]/_advisor/csv-export";
import { catalogue } from "@/lib/catalogue/catalogue";
import { recommend } from "@/lib/domain/scoring/recommend";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { FACTORS } from "@/lib/domain/factors";
import { DEFAULT_NEEDS } from "@/lib/needs/needs-presets";

const AS_OF = "2026-11-25";
const rec = recommend(DEFAULT_NEEDS, DEFAULT_WEIGHTS, catalogue, { referenceDate: AS_OF });

/** A small RFC 4180 parser (quoted fields, doubled quotes, CRLF) to read the output back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

describe("csvField", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["=SUM(A1)", "'=SUM(A1)"],
    ["-cmd", "'-cmd"],
    [-12.5, "-12.5"],
    [3, "3"],
  ] as const)("%j → %j", (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });
});

describe("rankingToCsv", () => {
  it("starts with a UTF-8 BOM and ends every line with CRLF", () => {
    const csv = rankingToCsv(rec, "HKD", catalogue.fx, "en");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(
      csv
        .slice(1)
        .split("\r\n")
        .every((line) => !line.includes("\n")),
    ).toBe(true);
  });

  it("has a header plus one row per ranked option, all of equal width, in rank order", () => {
    const rows = parseCsv(rankingToCsv(rec, "HKD", catalogue.fx, "en").slice(1));
    expect(rows[0]).toEqual([
      "Rank",
      "Option",
      "Provider",
      "Type",
      "Location",
      "Accelerator",
      "Score (0-100)",
      "Price",
      "Data security / privacy",
      "Computing speed / performance",
      "Ease of application / approval",
      "User experience / interface / tool support",
      "Total cost (HKD)",
      "Cost per month (HKD)",
      "Time to result (days)",
      "Figures to check",
    ]);
    expect(rows).toHaveLength(rec.ranked.length + 1);
    rows.forEach((r) => expect(r).toHaveLength(16));
    rec.ranked.forEach((r, i) => {
      const row = rows[i + 1]!;
      expect(row[0]).toBe(String(r.rank));
      expect(row[1]).toBe(r.name);
      expect(row[2]).toBe(r.provider);
      expect(Number(row[6])).toBeCloseTo(r.total, 2);
      FACTORS.forEach((f, j) => expect(Number(row[7 + j])).toBeCloseTo(r.factors[f], 2));
      expect(Number(row[12])).toBeCloseTo(r.costHkd, 2);
      expect(Number(row[13])).toBeCloseTo(r.monthlyCostHkd, 2);
    });
  });

  it("converts money into the display currency with the catalogue's rates", () => {
    const usdRate = catalogue.fx.hkdPer.USD!;
    const rows = parseCsv(rankingToCsv(rec, "USD", catalogue.fx, "en").slice(1));
    expect(rows[0]![12]).toBe("Total cost (USD)");
    const first = rec.ranked[0]!;
    expect(Number(rows[1]![12])).toBeCloseTo(first.costHkd / usdRate, 1);
  });

  it("writes headers and family names in the UI language", () => {
    const hk = parseCsv(rankingToCsv(rec, "CNY", catalogue.fx, "zh-HK").slice(1));
    expect(hk[0]![0]).toBe("排名");
    expect(hk[0]![7]).toBe("價格");
    expect(hk[0]![12]).toBe("總成本（CNY）");
    const cn = parseCsv(rankingToCsv(rec, "HKD", catalogue.fx, "zh-CN").slice(1));
    expect(cn[0]![8]).toBe("数据安全 / 隐私");
    const familyCol = new Set(cn.slice(1).map((r) => r[3]));
    expect([...familyCol].every((f) => /[\u4e00-\u9fff]/.test(f ?? ""))).toBe(true);
  });

  it("lists flagged figures and quotes fields that need it", () => {
    const flagged = {
      ...rec,
      ranked: [
        {
          ...rec.ranked[0]!,
          name: 'Node, "big"',
          flags: { estimated: ["price.perAcceleratorHour"], thirdParty: [], stale: ["leadTimeDays", "fees"] },
        },
      ],
    };
    const csv = rankingToCsv(flagged, "HKD", catalogue.fx, "en");
    expect(csv).toContain('"Node, ""big"""');
    const rows = parseCsv(csv.slice(1));
    expect(rows[1]![1]).toBe('Node, "big"');
    expect(rows[1]![15]).toBe("estimate: Price per accelerator-hour; stale: Lead time, Other fees");
  });

  it("is only a header row when nothing fits", () => {
    const csv = rankingToCsv({ ...rec, ranked: [] }, "HKD", catalogue.fx, "en");
    expect(parseCsv(csv.slice(1))).toHaveLength(1);
  });
});

describe("rankingToCsv with its context (inputs, weights, excluded options)", () => {
  const context = {
    needs: DEFAULT_NEEDS,
    weights: DEFAULT_WEIGHTS,
    method: "weighted-sum" as const,
    reasonText: (r: { code: string }) => `why:${r.code}`,
  };

  it("opens with the catalogue version, price date, currency, method, inputs and weights in the UI language", () => {
    const rows = parseCsv(rankingToCsv(rec, "HKD", catalogue.fx, "en", context).slice(1));
    expect(rows[0]).toEqual(["Compute Advisor ranking"]);
    expect(rows).toContainEqual(["Catalogue version", catalogue.version]);
    expect(rows).toContainEqual(["Prices as of", AS_OF]);
    expect(rows).toContainEqual(["Scoring method", "Weighted sum"]);
    expect(rows).toContainEqual(["GPU-hours per month", String(DEFAULT_NEEDS.gpuHoursPerMonth)]);
    expect(rows).toContainEqual(["Workload type", "LLM fine-tuning"]);
    expect(rows).toContainEqual(["Price", "45.7"]);
    const zh = parseCsv(rankingToCsv(rec, "HKD", catalogue.fx, "zh-HK", context).slice(1));
    expect(zh[0]).toEqual(["算力顧問排名"]);
    expect(zh).toContainEqual(["目錄版本", catalogue.version]);
  });

  it("keeps the ranking's columns machine-friendly after a blank row, and lists every excluded option with its reasons", () => {
    const rows = parseCsv(rankingToCsv(rec, "HKD", catalogue.fx, "en", context).slice(1));
    const plain = parseCsv(rankingToCsv(rec, "HKD", catalogue.fx, "en").slice(1));
    const start = rows.findIndex((r) => r[0] === "Rank");
    expect(rows[start - 1]).toEqual(["Ranking"]);
    expect(rows.slice(start, start + plain.length)).toEqual(plain);
    const excludedAt = rows.findIndex((r) => r[0] === `Excluded options (${rec.excluded.length})`);
    expect(excludedAt).toBe(start + plain.length + 1);
    const excludedRows = rows.slice(excludedAt + 2);
    expect(excludedRows).toHaveLength(rec.excluded.length);
    expect(excludedRows[0]![2]).toBe(rec.excluded[0]!.reasons.map((r) => `why:${r.code}`).join("; "));
  });

  it("names flagged figures by their label, not their data path", () => {
    const csv = rankingToCsv(rec, "HKD", catalogue.fx, "en", context);
    expect(csv).not.toContain("price.perAcceleratorHour");
    expect(csv).toContain("Price per accelerator-hour");
  });
});
