import { createRequire } from "node:module";
import { CONTRACT_BODY } from "@/tests/fixtures/contract-body";
import { BENCH_ORIGIN, benchServerCpuSeconds } from "./bench-server";

type AutocannonResult = {
  requests: { average: number; total: number };
  throughput: { total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
};
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const CONNECTIONS = 16;
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
/** The contract example (against today's catalogue: 1 ranked, 49 excluded). */
const BODY = JSON.stringify(CONTRACT_BODY);

/**
 * A different body for every request (the contract example with `gpuHoursPerMonth` stepping
 * by 0.01 from 2,000), so /api/recommend's answer cache never hits: the uncached path.
 * Bodies are made ahead, so the client spends no more per request than with one body; 20,000
 * of them, far more than the cache holds, before they repeat.
 */
const VARIED = Array.from({ length: 20_000 }, (_, i) =>
  JSON.stringify({ ...CONTRACT_BODY, needs: { ...CONTRACT_BODY.needs, gpuHoursPerMonth: +(2000 + i / 100).toFixed(2) } }),
);
let nextVaried = 0;

type Mode = "same" | "varied";

async function load(path: string, mode: Mode = "same", seconds = SECONDS) {
  const cpuBefore = benchServerCpuSeconds();
  const common = { url: `${BENCH_ORIGIN}${path}`, connections: CONNECTIONS, duration: seconds, method: "POST", headers: { "content-type": "application/json" } };
  const r = await autocannon(
    mode === "same"
      ? { ...common, body: BODY }
      : {
          ...common,
          requests: [
            {
              method: "POST",
              path,
              headers: { "content-type": "application/json" },
              setupRequest: (req: Record<string, unknown>) => ({ ...req, body: VARIED[nextVaried++ % VARIED.length] }),
            },
          ],
        },
  );
  const cpuAfter = benchServerCpuSeconds();
  const cpuMs = cpuBefore === null || cpuAfter === null ? null : (1000 * (cpuAfter - cpuBefore)) / Math.max(1, r.requests.total);
  // Bytes read per response (headers and chunk framing included), as the client received them.
  const bytesPerResponse = Math.round(r.throughput.total / Math.max(1, r.requests.total));
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx, cpuMs, bytesPerResponse };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * POST /api/recommend (the default standard answer, ?fields=summary and ?fields=full) against
 * the benchmark-only no-op route on the same server, 16 connections, alternating two rounds so
 * drift on a shared machine hits all alike; figures are the means of the rounds (errors: the
 * sum). Budget (issue 12): ratio ≥ 0.9, p99 < 50 ms, zero errors.
 *
 * `load-recommend`, `load-recommend-summary` and `load-recommend-full` send the same body every
 * time, so after the first request they measure the answer cache (lib/api/answer-cache.ts);
 * the `-uncached` lines send a different body each time (every request computed), against the
 * no-op route driven the same way.
 */
export async function benchLoad() {
  const paths = { standard: "/api/recommend", summary: "/api/recommend?fields=summary", full: "/api/recommend?fields=full" } as const;
  // Every path and client mode at full load first: the first measured run (the no-op) would
  // otherwise pay for the server's JIT warm-up and read as slower than it is.
  console.error(`load: warming up …`);
  for (const mode of ["same", "varied"] as const) {
    for (const p of ["/api/recommend/noop", ...Object.values(paths)]) await load(p, mode, 3);
  }
  type Run = Awaited<ReturnType<typeof load>>;
  const runs = ["noop", "standard", "summary", "full", "noopVaried", "standardUncached", "summaryUncached", "fullUncached"] as const;
  const rounds = Object.fromEntries(runs.map((r) => [r, [] as Run[]])) as Record<(typeof runs)[number], Run[]>;
  for (let round = 0; round < 2; round++) {
    console.error(`load: round ${round + 1}/2 (${SECONDS} s × ${runs.length}, ${CONNECTIONS} connections) …`);
    rounds.noop.push(await load("/api/recommend/noop"));
    rounds.standard.push(await load(paths.standard));
    rounds.summary.push(await load(paths.summary));
    rounds.full.push(await load(paths.full));
    rounds.noopVaried.push(await load("/api/recommend/noop", "varied"));
    rounds.standardUncached.push(await load(paths.standard, "varied"));
    rounds.summaryUncached.push(await load(paths.summary, "varied"));
    rounds.fullUncached.push(await load(paths.full, "varied"));
  }
  // Server CPU per request (ms): steadier than req/s on a shared machine; cpuRatio = noop's / this route's.
  const cpuPerRequest = (rs: Run[]) => (rs.every((r) => r.cpuMs !== null) ? mean(rs.map((r) => r.cpuMs!)) : null);
  const line = (name: string, rs: Run[], noop: Run[]) => {
    const rps = mean(rs.map((r) => r.rps));
    const noopRps = mean(noop.map((r) => r.rps));
    const cpu = cpuPerRequest(rs);
    const noopCpu = cpuPerRequest(noop);
    return {
      name,
      requestsPerSecond: Math.round(rps),
      p50Ms: mean(rs.map((r) => r.p50)),
      p99Ms: mean(rs.map((r) => r.p99)),
      errors: rs.reduce((s, r) => s + r.errors, 0),
      noopRequestsPerSecond: Math.round(noopRps),
      // The no-op's own p99 in the same rounds: on a busy machine both tails grow together.
      noopP99Ms: mean(noop.map((r) => r.p99)),
      ratio: +(rps / noopRps).toFixed(3),
      connections: CONNECTIONS,
      seconds: SECONDS * rs.length,
      serverCpuMsPerRequest: cpu === null ? null : +cpu.toFixed(3),
      noopServerCpuMsPerRequest: noopCpu === null ? null : +noopCpu.toFixed(3),
      cpuRatio: cpu === null || noopCpu === null ? null : +(noopCpu / cpu).toFixed(3),
      responseBytes: mean(rs.map((r) => r.bytesPerResponse)),
    };
  };
  return [
    line("load-recommend", rounds.standard, rounds.noop),
    line("load-recommend-summary", rounds.summary, rounds.noop),
    line("load-recommend-full", rounds.full, rounds.noop),
    line("load-recommend-uncached", rounds.standardUncached, rounds.noopVaried),
    line("load-recommend-summary-uncached", rounds.summaryUncached, rounds.noopVaried),
    line("load-recommend-full-uncached", rounds.fullUncached, rounds.noopVaried),
  ];
}
