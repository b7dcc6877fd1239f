/**
 * `npm run bench`: one JSON line per benchmark on stdout; human notes on stderr.
 * Figures are medians of repeated passes after a warm-up, on whatever machine runs it.
 */
import { benchHints } from "./hints-bench";
import { benchRecommend } from "./recommend-bench";

async function main() {
  const benches: { name: string; run: () => unknown | Promise<unknown> }[] = [
    { name: "recommend", run: () => benchRecommend(1000) },
    { name: "hints", run: () => benchHints() },
  ];
  try {
    const m = await import("./smaa-bench");
    benches.push({ name: "smaa", run: () => m.benchSmaa() });
  } catch (e) {
    console.error(`smaa benchmark unavailable: ${String(e)}`);
  }
  const demand = await import("./demand-bench");
  benches.push({ name: "demand-sweep", run: () => demand.benchDemandSweep() });
  for (const b of benches) {
    console.error(`running ${b.name} …`);
    const result = await b.run();
    console.log(JSON.stringify(result));
  }
  console.error(`node ${process.version}, ${process.platform}/${process.arch}`);
}

void main();
