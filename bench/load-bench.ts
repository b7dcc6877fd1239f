import { createRequire } from "node:module";
import { CONTRACT_BODY } from "@/tests/fixtures/contract-body";
import { BENCH_ORIGIN, benchServerCpuSeconds } from "./bench-server";

type AutocannonResult = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
};
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const CONNECTIONS = 16;
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
/** The contract example: one ranked, 33 excluded, a 24 KB full answer. */
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
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx, cpuMs };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * POST /api/recommend (full and ?fields=summary) against the benchmark-only no-op route on
 * the same server, 16 connections, alternating two rounds so drift on a shared machine hits
 * both alike; figures are the means of the rounds (errors: the sum). Budget (issue 12):
 * ratio ≥ 0.9, p99 < 50 ms, zero errors.
 *
 * `load-recommend` and `load-recommend-summary` send the same body every time, so after the
 * first request they measure the answer cache (lib/api/answer-cache.ts);
 * `load-recommend-uncached` and `load-recommend-summary-uncached` send a different body each
 * time (every request computed), against the no-op route driven the same way.
 */
export async function benchLoad() {
  // Every path and client mode at full load first: the first measured run (the no-op) would
  // otherwise pay for the server's JIT warm-up and read as slower than it is.
  console.error(`load: warming up …`);
  for (const mode of ["same", "varied"] as const) {
    for (const p of ["/api/recommend/noop", "/api/recommend", "/api/recommend?fields=summary"]) await load(p, mode, 3);
  }
  type Run = Awaited<ReturnType<typeof load>>;
  const rounds: Record<"noop" | "full" | "summary" | "noopVaried" | "fullUncached" | "summaryUncached", Run[]> = {
    noop: [],
    full: [],
    summary: [],
    noopVaried: [],
    fullUncached: [],
    summaryUncached: [],
  };
  for (let round = 0; round < 2; round++) {
    console.error(`load: round ${round + 1}/2 (${SECONDS} s × 6, ${CONNECTIONS} connections) …`);
    rounds.noop.push(await load("/api/recommend/noop"));
    rounds.full.push(await load("/api/recommend"));
    rounds.summary.push(await load("/api/recommend?fields=summary"));
    rounds.noopVaried.push(await load("/api/recommend/noop", "varied"));
    rounds.fullUncached.push(await load("/api/recommend", "varied"));
    rounds.summaryUncached.push(await load("/api/recommend?fields=summary", "varied"));
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
      ratio: +(rps / noopRps).toFixed(3),
      connections: CONNECTIONS,
      seconds: SECONDS * rs.length,
      serverCpuMsPerRequest: cpu === null ? null : +cpu.toFixed(3),
      noopServerCpuMsPerRequest: noopCpu === null ? null : +noopCpu.toFixed(3),
      cpuRatio: cpu === null || noopCpu === null ? null : +(noopCpu / cpu).toFixed(3),
    };
  };
  return [
    line("load-recommend", rounds.full, rounds.noop),
    line("load-recommend-summary", rounds.summary, rounds.noop),
    line("load-recommend-uncached", rounds.fullUncached, rounds.noopVaried),
    line("load-recommend-summary-uncached", rounds.summaryUncached, rounds.noopVaried),
  ];
}
