/**
 * `npm run bench`: one JSON line per benchmark on stdout; human notes on stderr.
 * In-process benchmarks first (recommend, hints, smaa), then the server ones on a BENCH=1 build
 * (bench/bench-server.ts): first-load JS per route, load on /api/recommend against a no-op
 * route, Lighthouse per page. BENCH_ONLY=recommend,hints,smaa,demand-sweep,first-load-js,load,rerank,lighthouse picks some.
 * Figures on a shared or busy machine are noisy: compare runs on the same machine.
 */
import { benchHints } from "./hints-bench";
import { benchRecommend } from "./recommend-bench";

const only = new Set((process.env.BENCH_ONLY ?? "recommend,hints,smaa,demand-sweep,first-load-js,load,rerank,lighthouse").split(",").map((s) => s.trim()));
const emit = (line: unknown) => console.log(JSON.stringify(line));

async function main() {
  if (only.has("recommend")) {
    console.error("running recommend …");
    emit(benchRecommend(1000));
  }
  if (only.has("demand-sweep")) {
    const { benchDemandSweep } = await import("./demand-bench");
    console.error("running demand-sweep …");
    emit(await benchDemandSweep());
  }
  if (only.has("hints")) {
    console.error("running hints …");
    emit(benchHints());
  }
  if (only.has("smaa")) {
    try {
      const m = await import("./smaa-bench");
      console.error("running smaa …");
      emit(await m.benchSmaa());
    } catch (e) {
      console.error(`smaa benchmark unavailable: ${String(e)}`);
    }
  }
  const server = ["first-load-js", "load", "rerank", "lighthouse"].filter((b) => only.has(b));
  if (server.length > 0) {
    const { ensureBenchBuild, startBenchServer } = await import("./bench-server");
    const dist = ensureBenchBuild();
    if (only.has("first-load-js")) {
      const { benchFirstLoadJs } = await import("./first-load-js");
      for (const line of benchFirstLoadJs(dist)) emit(line);
    }
    if (only.has("load") || only.has("rerank") || only.has("lighthouse")) {
      const srv = await startBenchServer();
      try {
        if (only.has("load")) for (const line of await (await import("./load-bench")).benchLoad()) emit(line);
        if (only.has("rerank")) emit(await (await import("./rerank-bench")).benchRerank());
        if (only.has("lighthouse")) for (const line of (await import("./lighthouse-bench")).benchLighthouse()) emit(line);
      } finally {
        srv.stop();
      }
    }
  }
  console.error(`node ${process.version}, ${process.platform}/${process.arch}`);
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
