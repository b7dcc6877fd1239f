import { analyseDemand } from "@/lib/domain/demand/analyse-demand";
import type { Firm } from "@/lib/domain/demand/firm";
import { generatePopulation } from "@/lib/domain/demand/generate-population";
import { scorePopulation } from "@/lib/domain/demand/score-population";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { parseFirmsCsv } from "@/lib/demand/parse-firms-csv";
import type { DemandStage, DemandWorkerReply, DemandWorkerRequest } from "./demand-protocol";

/**
 * The demand model off the main thread: generating or importing a population (or taking the
 * consultations' firms from the page), the batch
 * scorer, calibration, the 50-price sweep and λ sensitivity. One request at a time; the page
 * cancels a run by terminating this worker and starting a new one (a real cancel).
 */
type WorkerScope = {
  onmessage: ((event: MessageEvent<DemandWorkerRequest>) => void) | null;
  postMessage: (message: DemandWorkerReply) => void;
};
const scope = self as unknown as WorkerScope;

let imported: Firm[] | null = null;
let consultations: Firm[] | null = null;
let synthetic: { key: string; firms: Firm[] } | null = null;

function progress(id: number) {
  let last = 0;
  return (stage: DemandStage, done: number, total: number) => {
    const now = performance.now();
    if (now - last < 50 && done < total) return;
    last = now;
    scope.postMessage({ id, kind: "progress", stage, done, total });
  };
}

scope.onmessage = (event) => {
  const req = event.data;
  const report = progress(req.id);
  if (req.kind === "restore") {
    const firms = JSON.parse(req.firmsJson) as Firm[];
    if (req.slot === "imported") imported = firms;
    else consultations = firms;
    return;
  }
  if (req.kind === "import") {
    parseFirmsCsv(req.file, req.catalogue, req.locale, req.maxRows, (rows) => report("reading", rows, 0))
      .then((r) => {
        if (r.ok) {
          imported = r.firms;
          const workloads = r.firms.reduce((s, f) => s + f.workloads.length, 0);
          scope.postMessage({
            id: req.id,
            kind: "imported",
            ok: true,
            rows: r.rows,
            firms: r.firms.length,
            workloads,
            firmsJson: JSON.stringify(r.firms),
          });
        } else {
          scope.postMessage({ id: req.id, kind: "imported", ok: false, rows: r.rows, problems: r.problems, problemCount: r.problemCount });
        }
      })
      .catch((e: unknown) => scope.postMessage({ id: req.id, kind: "error", message: String(e) }));
    return;
  }
  try {
    const started = performance.now();
    const { job } = req;
    let firms: Firm[];
    if (job.population.kind === "imported") {
      if (!imported) throw new Error("no-imported-population");
      firms = imported;
    } else if (job.population.kind === "consultations") {
      if (!consultations) throw new Error("no-consultations-population");
      firms = consultations;
    } else {
      const key = `${job.population.firms}:${job.population.seed}`;
      if (synthetic?.key !== key) {
        report("generating", 0, 1);
        synthetic = { key, firms: generatePopulation(job.population.firms, job.population.seed) };
      }
      firms = synthetic.firms;
    }
    const scored = scorePopulation(firms, req.catalogue, job.centre, DEFAULT_WEIGHTS, job.asOf, report);
    const result = analyseDemand(scored, { lambda: job.lambda, centreConstant: job.centreConstant, lambdaSensitivity: true }, report);
    scope.postMessage({ id: req.id, kind: "result", result, elapsedMs: performance.now() - started });
  } catch (e) {
    scope.postMessage({ id: req.id, kind: "error", message: e instanceof Error ? e.message : String(e) });
  }
};
