import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

/*
 * The server the load and Lighthouse benchmarks measure: `npm start`'s server
 * (lib/http/serve.ts) on a BENCH=1 build in .next-bench — the product plus the no-op route
 * (next.config.js). BENCH_DIR points at another checkout (e.g. an older commit, to measure
 * "before"); BENCH_SERVER=next-start runs `next start` instead, for checkouts without serve.ts.
 */

export const BENCH_DIR = path.resolve(process.env.BENCH_DIR ?? process.cwd());
export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 3214);
export const BENCH_ORIGIN = `http://127.0.0.1:${BENCH_PORT}`;
const DIST = path.join(BENCH_DIR, ".next-bench");
const env = { ...process.env, BENCH: "1", NEXT_TELEMETRY_DISABLED: "1" };

/** Builds .next-bench unless BENCH_SKIP_BUILD=1 and a build is there. */
export function ensureBenchBuild(): string {
  if (process.env.BENCH_SKIP_BUILD === "1" && existsSync(path.join(DIST, "BUILD_ID"))) {
    console.error(`bench: reusing ${path.relative(process.cwd(), DIST) || DIST}`);
    return DIST;
  }
  console.error("bench: building (BENCH=1 next build → .next-bench) …");
  const r = spawnSync(path.join(BENCH_DIR, "node_modules/.bin/next"), ["build"], { cwd: BENCH_DIR, env, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error(`bench build failed (exit ${r.status})`);
  return DIST;
}

export type RunningServer = { stop: () => void };

/** Starts the server in its own process group and waits until it answers. */
export async function startBenchServer(): Promise<RunningServer> {
  const useNextStart = process.env.BENCH_SERVER === "next-start";
  const [cmd, args] = useNextStart
    ? [path.join(BENCH_DIR, "node_modules/.bin/next"), ["start", "-p", String(BENCH_PORT), "-H", "127.0.0.1"]]
    : [path.join(BENCH_DIR, "node_modules/.bin/tsx"), ["lib/http/serve.ts"]];
  const child: ChildProcess = spawn(cmd, args, {
    cwd: BENCH_DIR,
    env: { ...env, NODE_ENV: "production", PORT: String(BENCH_PORT), HOST: "127.0.0.1", ...(process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {}) },
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stop = () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  process.on("exit", stop);
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${BENCH_ORIGIN}/api/catalogue`)).ok) return { stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error("bench server did not start within 60 s");
}
