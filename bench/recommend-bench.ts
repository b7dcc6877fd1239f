import { resolve } from "node:path";
import { parseCatalogue } from "@/lib/catalogue/parse-catalogue";
import { readCatalogueFiles } from "@/lib/catalogue/read-catalogue-files";
import { recommend } from "@/lib/domain/scoring/recommend";
import { createSeededRandom } from "@/lib/domain/random/seeded-random";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { randomNeeds } from "@/lib/needs/random-needs";

/** Scores `runs` seeded random needs against the whole catalogue; median of 5 passes. */
export function benchRecommend(runs = 1000) {
  const catalogue = parseCatalogue(readCatalogueFiles(resolve("data")));
  const rnd = createSeededRandom(20261125);
  const needs = Array.from({ length: runs }, () => randomNeeds(rnd));
  let ranked = 0;
  const pass = () => {
    ranked = 0;
    const t0 = performance.now();
    for (const n of needs) ranked += recommend(n, DEFAULT_WEIGHTS, catalogue, { referenceDate: "2026-11-25" }).ranked.length;
    return (performance.now() - t0) / 1000;
  };
  pass(); // warm-up (JIT)
  const times = Array.from({ length: 5 }, pass).sort((a, b) => a - b);
  const seconds = times[2]!;
  return {
    name: "recommend",
    runs,
    offers: catalogue.offers.length,
    seconds,
    secondsPerRecommendation: seconds / runs,
    meanRankedOffers: ranked / runs,
  };
}
