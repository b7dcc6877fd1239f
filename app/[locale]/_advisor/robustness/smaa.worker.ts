import { PRICE_SCALE } from "@/lib/domain/scoring/price-score";
import { logScaleCostSampler } from "@/lib/domain/sensitivity/log-scale-cost-sampler";
import { smaa } from "@/lib/domain/sensitivity/smaa";
import { FACTORS } from "@/lib/domain/factors";
import type { SmaaReply, SmaaRequest } from "./smaa-protocol";

/**
 * SMAA-2 off the main thread: 10,000 samples × the whole catalogue would otherwise block the page. One request at a
 * time; the panel terminates the worker (and starts a new one) to cancel a run that has gone stale.
 */
type WorkerScope = {
  onmessage: ((event: MessageEvent<SmaaRequest>) => void) | null;
  postMessage: (message: SmaaReply) => void;
};
const scope = self as unknown as WorkerScope;

const PRICE_COLUMN = FACTORS.indexOf("price");
// The price factor is on a fixed log scale (priceScore); GPU and CPU scales span the same 100× ratio (unit-tested).
const PRICE_WORST_OVER_BEST = PRICE_SCALE.gpu.worstHkd / PRICE_SCALE.gpu.bestHkd;

scope.onmessage = (event) => {
  const { id, scores, samples, seed, ranks, costPct, costBands } = event.data;
  const ranged = costBands?.some(([low, high]) => low !== high) ?? false;
  try {
    const started = performance.now();
    const result = smaa(scores, {
      samples,
      seed,
      ...(ranks ? { ranks } : {}),
      ...(costPct > 0 || ranged
        ? {
            sampleScores: logScaleCostSampler({
              criteria: FACTORS.length,
              costColumn: PRICE_COLUMN,
              pct: costPct,
              worstOverBest: PRICE_WORST_OVER_BEST,
              ...(ranged ? { bands: costBands } : {}),
            }),
          }
        : {}),
    });
    scope.postMessage({ id, ok: true, result, elapsedMs: performance.now() - started });
  } catch (error) {
    scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
