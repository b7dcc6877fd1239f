import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
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

let serverGroup: number | null = null;
/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system) used so far by the running bench server's process group (the
 * tsx wrapper and the Node server it starts), from /proc; null off Linux or with no server.
 * Per request, this is what a route costs the server, whatever else the machine is doing.
 */
export function benchServerCpuSeconds(): number | null {
  if (serverGroup === null || !existsSync("/proc/self/stat")) return null;
  let ticks = 0;
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      // Fields after the parenthesised command: state ppid pgrp … utime(14) stime(15), 1-based over the whole line.
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(f[2]) === serverGroup) ticks += Number(f[11]) + Number(f[12]);
    } catch {
      // the process ended while we looked
    }
  }
  return ticks / TICKS_PER_SECOND;
}

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
  serverGroup = child.pid ?? null;
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
