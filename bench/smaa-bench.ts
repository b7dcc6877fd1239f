import { createSeededRandom } from "@/lib/domain/random/seeded-random";
import { smaa } from "@/lib/domain/sensitivity/smaa";

const SAMPLES = 10_000;
const OPTIONS = 40;
const CRITERIA = 5;
const RUNS = 7;

/**
 * Times SMAA-2 with rank-order weights (the survey order 1..5) on a seeded random 40×5 matrix of 0–100 scores:
 * one warm-up run, then the median wall time in seconds of 7 runs of 10,000 draws. Prints nothing (bench/run.ts does).
 */
export function benchSmaa(): { name: "smaa"; samples: number; options: number; criteria: number; seconds: number } {
  const random = createSeededRandom(20_231_110);
  const scores = Array.from({ length: OPTIONS }, () => Array.from({ length: CRITERIA }, () => 100 * random()));
  const options = { samples: SAMPLES, seed: 1, ranks: [1, 2, 3, 4, 5] };
  smaa(scores, options);
  const seconds: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    smaa(scores, { ...options, seed: run + 1 });
    seconds.push((performance.now() - start) / 1000);
  }
  seconds.sort((a, b) => a - b);
  return { name: "smaa", samples: SAMPLES, options: OPTIONS, criteria: CRITERIA, seconds: seconds[RUNS >> 1]! };
}
