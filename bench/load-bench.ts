import { createRequire } from "node:module";
import { CONTRACT_BODY } from "@/tests/fixtures/contract-body";
import { BENCH_ORIGIN } from "./bench-server";

type AutocannonResult = {
  requests: { average: number };
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

async function load(path: string) {
  const r = await autocannon({ url: `${BENCH_ORIGIN}${path}`, connections: CONNECTIONS, duration: SECONDS, method: "POST", headers: { "content-type": "application/json" }, body: BODY });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * POST /api/recommend (full and ?fields=summary) against the benchmark-only no-op route on
 * the same server, 16 connections, alternating two rounds so drift on a shared machine hits
 * both alike; figures are the means of the rounds (errors: the sum). Budget (issue 12):
 * ratio ≥ 0.9, p99 < 50 ms, zero errors.
 */
export async function benchLoad() {
  console.error(`load: warming up …`);
  for (const p of ["/api/recommend/noop", "/api/recommend", "/api/recommend?fields=summary"]) {
    await autocannon({ url: `${BENCH_ORIGIN}${p}`, connections: 4, duration: 2, method: "POST", headers: { "content-type": "application/json" }, body: BODY });
  }
  const rounds: Record<"noop" | "full" | "summary", Awaited<ReturnType<typeof load>>[]> = { noop: [], full: [], summary: [] };
  for (let round = 0; round < 2; round++) {
    console.error(`load: round ${round + 1}/2 (${SECONDS} s × 3, ${CONNECTIONS} connections) …`);
    rounds.noop.push(await load("/api/recommend/noop"));
    rounds.full.push(await load("/api/recommend"));
    rounds.summary.push(await load("/api/recommend?fields=summary"));
  }
  const noopRps = mean(rounds.noop.map((r) => r.rps));
  const line = (name: string, rs: Awaited<ReturnType<typeof load>>[]) => {
    const rps = mean(rs.map((r) => r.rps));
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
    };
  };
  return [line("load-recommend", rounds.full), line("load-recommend-summary", rounds.summary)];
}
