import { resolve } from "node:path";
import { parseCatalogue } from "@/lib/catalogue/parse-catalogue";
import { readCatalogueFiles } from "@/lib/catalogue/read-catalogue-files";
import { addDays } from "@/lib/domain/calendar";
import { hintsFor } from "@/lib/domain/hints/hints-for";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { DEFAULT_NEEDS } from "@/lib/needs/needs-presets";

const REFERENCE_DATE = "2026-11-25";

/**
 * hintsFor() on the default profile with a start date 14 days out (so lead times exclude
 * options): median milliseconds of repeated calls, and how many recommend() calls each makes.
 */
export function benchHints(runs = 40) {
  const catalogue = parseCatalogue(readCatalogueFiles(resolve("data")));
  const needs = { ...DEFAULT_NEEDS, startBy: addDays(REFERENCE_DATE, 14) };
  const once = () => hintsFor(needs, DEFAULT_WEIGHTS, catalogue, { referenceDate: REFERENCE_DATE });
  once(); // warm-up (JIT)
  const times: number[] = [];
  let last = once();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = once();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    name: "hints",
    runs,
    offers: catalogue.offers.length,
    msMedian: Number(times[Math.floor(runs / 2)]!.toFixed(2)),
    msMax: Number(times[runs - 1]!.toFixed(2)),
    recommendCalls: last.recommendCalls,
    closestMisses: last.closestMisses.length,
    whatIfs: last.whatIfs.length,
    truncated: last.truncated,
  };
}
