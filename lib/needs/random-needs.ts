import { TOOLS } from "@/lib/catalogue/catalogue-vocabulary";
import type { RandomSource } from "@/lib/domain/random/seeded-random";
import { needsSchema, type Needs } from "./needs-schema";
import { DATA_SENSITIVITIES, RESIDENCIES, WORKLOADS } from "./needs-vocabulary";

const pick = <T>(rnd: RandomSource, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

/**
 * A plausible random needs object (for the benchmark and fuzz-style tests): log-uniform
 * GPU-hours 10–200,000 per month, 1–36 months, peak 1–512 GPUs, etc. Deterministic for a
 * seeded `rnd`.
 */
export function randomNeeds(rnd: RandomSource): Needs {
  const peak = Math.max(1, Math.round(Math.exp(rnd() * Math.log(512))));
  return needsSchema.parse({
    workload: pick(rnd, WORKLOADS),
    accelerator: { model: "any", minMemoryGb: pick(rnd, [0, 0, 24, 40, 80]) },
    gpuHoursPerMonth: Math.round(Math.exp(Math.log(10) + rnd() * Math.log(20_000))),
    durationMonths: 1 + Math.floor(rnd() * 36),
    peakGpus: peak,
    multiNode: peak > 8 && rnd() < 0.5,
    storageTb: Math.round(rnd() * 200),
    egressTbPerMonth: Math.round(rnd() * 20),
    dataSensitivity: pick(rnd, DATA_SENSITIVITIES),
    residency: pick(rnd, RESIDENCIES),
    organisation: { hkRegistered: rnd() < 0.9, mainlandEntity: rnd() < 0.3, university: rnd() < 0.2 },
    budgetHkd: rnd() < 0.3 ? Math.round(Math.exp(Math.log(1e4) + rnd() * Math.log(1e4))) : null,
    startBy: rnd() < 0.3 ? "2027-03-01" : null,
    tools: TOOLS.filter(() => rnd() < 0.3),
    supportLanguage: pick(rnd, ["en", "zh-HK", "zh-CN"] as const),
    subsidies: rnd() < 0.4 ? ["hk-aiss"] : [],
  });
}
