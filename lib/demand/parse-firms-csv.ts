import Papa from "papaparse";
import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import type { UiLocale } from "@/lib/validation/localise-issues";
import { FirmRowCollector, type ImportResult } from "./firm-rows";

/**
 * Streams a firm-population CSV (a File in the browser's worker, or a string) through Papa
 * Parse, chunk by chunk, into a FirmRowCollector. Resolves with the firms, or with every
 * problem and nothing imported. `onProgress` gets the rows read so far.
 */
export function parseFirmsCsv(
  input: File | string,
  cat: Catalogue,
  locale: UiLocale,
  maxRows: number,
  onProgress?: (rows: number) => void,
): Promise<ImportResult> {
  const collector = new FirmRowCollector(cat, locale, maxRows);
  let headerChecked = false;
  let headerOk = true;
  let row = 1;
  let expectedFields = 0;
  return new Promise((resolve, reject) => {
    Papa.parse<Record<string, string | undefined>>(input as File, {
      header: true,
      skipEmptyLines: "greedy",
      transformHeader: (h) => h.trim(),
      chunkSize: 1024 * 512,
      chunk(results, parser) {
        if (!headerChecked) {
          headerChecked = true;
          const fields = results.meta.fields ?? [];
          expectedFields = fields.length;
          headerOk = collector.header(fields);
          if (!headerOk) {
            parser.abort();
            return;
          }
        }
        const mismatched = new Map<number, number>();
        for (const e of results.errors)
          if (e.code === "TooFewFields" || e.code === "TooManyFields") mismatched.set(e.row ?? -1, e.row ?? -1);
        results.data.forEach((rec, i) => {
          row++;
          const found =
            Object.keys(rec).filter((k) => k !== "__parsed_extra").length +
            (Array.isArray(rec.__parsed_extra) ? (rec.__parsed_extra as unknown as string[]).length : 0);
          const bad = mismatched.has(i) || found !== expectedFields;
          collector.record(rec, row, bad ? { found, expected: expectedFields } : undefined);
        });
        onProgress?.(row - 1);
      },
      complete() {
        if (!headerChecked) collector.header([]);
        resolve(collector.finish());
      },
      error(err: Error) {
        reject(err);
      },
    });
  });
}
