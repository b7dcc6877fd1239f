import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import type { DemandResult } from "@/lib/domain/demand/analyse-demand";
import type { CentreScenario } from "@/lib/domain/demand/centre-scenario";
import type { CsvProblem, FileProblem } from "@/lib/demand/firm-rows";
import type { UiLocale } from "@/lib/validation/localise-issues";

/**
 * What one run computes: the population (synthetic, the file imported last, or the saved
 * consultations read last — `generation` counts those reads) and the scenario.
 */
export type DemandJob = {
  population: { kind: "synthetic"; firms: number; seed: number } | { kind: "imported" } | { kind: "consultations"; generation: number };
  centre: CentreScenario;
  lambda: number;
  centreConstant: number | null;
  asOf: string;
};

export type DemandStage = "generating" | "scoring" | "preparing" | "calibrating" | "sweep" | "lambda" | "reading";

export type DemandWorkerRequest =
  | { id: number; kind: "run"; job: DemandJob; catalogue: Catalogue }
  | { id: number; kind: "import"; file: File; locale: UiLocale; maxRows: number; catalogue: Catalogue }
  /**
   * Hands the worker a population held on the page (as JSON): the imported file's again after a
   * cancelled run ended the old worker, or the consultations' firms read from the server.
   */
  | { id: number; kind: "restore"; slot: "imported" | "consultations"; firmsJson: string };

export type DemandWorkerReply =
  | { id: number; kind: "progress"; stage: DemandStage; done: number; total: number }
  | { id: number; kind: "result"; result: DemandResult; elapsedMs: number }
  | { id: number; kind: "imported"; ok: true; rows: number; firms: number; workloads: number; firmsJson: string }
  | { id: number; kind: "imported"; ok: false; rows: number; problems: (CsvProblem | FileProblem)[]; problemCount: number }
  | { id: number; kind: "error"; message: string };
