"use client";

import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import type { DemandResult } from "@/lib/domain/demand/analyse-demand";
import type { UiLocale } from "@/lib/validation/localise-issues";
import type { DemandJob, DemandStage, DemandWorkerReply, DemandWorkerRequest } from "./demand-protocol";

const DEBOUNCE_MS = 350;

export type ImportState =
  | { status: "idle" }
  | { status: "reading"; fileName: string; rows: number }
  | { status: "ok"; fileName: string; rows: number; firms: number; workloads: number }
  | {
      status: "refused";
      fileName: string;
      rows: number;
      problems: Extract<DemandWorkerReply, { kind: "imported"; ok: false }>["problems"];
      problemCount: number;
    };

export type DemandRun = {
  result: DemandResult | null;
  /** The job behind `result`. */
  job: DemandJob | null;
  elapsedMs: number | null;
  computing: boolean;
  progress: { stage: DemandStage; fraction: number | null } | null;
  cancelled: boolean;
  error: string | null;
};

/**
 * Runs the demand model in a module Web Worker (demand.worker.ts). A new `jobKey` starts a
 * new run after a short debounce; a run still going is cancelled by terminating the worker
 * (the imported population, kept here as JSON, is handed to the next worker). Replies carry
 * the request id; only the latest is shown. `cancel()` stops a run on the user's request.
 */
export function useDemandWorker(job: DemandJob | null, jobKey: string, catalogue: Catalogue) {
  const [run, setRun] = useState<DemandRun>({
    result: null,
    job: null,
    elapsedMs: null,
    computing: job !== null,
    progress: null,
    cancelled: false,
    error: null,
  });
  const [importState, setImportState] = useState<ImportState>({ status: "idle" });
  const workerRef = useRef<Worker | null>(null);
  const busyRef = useRef(false);
  const latestRef = useRef(0);
  const jobsRef = useRef(new Map<number, DemandJob>());
  const importedJsonRef = useRef<string | null>(null);
  const consultationsJsonRef = useRef<string | null>(null);
  const importNameRef = useRef("");

  const onReply = useCallback((event: MessageEvent<DemandWorkerReply>) => {
    const reply = event.data;
    if (reply.id !== latestRef.current) return;
    switch (reply.kind) {
      case "progress":
        setRun((prev) => ({ ...prev, progress: { stage: reply.stage, fraction: reply.total > 0 ? reply.done / reply.total : null } }));
        if (reply.stage === "reading") setImportState({ status: "reading", fileName: importNameRef.current, rows: reply.done });
        return;
      case "result": {
        busyRef.current = false;
        const job = jobsRef.current.get(reply.id) ?? null;
        jobsRef.current.clear();
        // A transition: React renders the result tables in slices, so the page keeps answering input.
        startTransition(() =>
          setRun({
            result: reply.result,
            job,
            elapsedMs: reply.elapsedMs,
            computing: false,
            progress: null,
            cancelled: false,
            error: null,
          }),
        );
        return;
      }
      case "imported":
        busyRef.current = false;
        setRun((prev) => ({ ...prev, progress: null }));
        if (reply.ok) {
          importedJsonRef.current = reply.firmsJson;
          setImportState({
            status: "ok",
            fileName: importNameRef.current,
            rows: reply.rows,
            firms: reply.firms,
            workloads: reply.workloads,
          });
        } else {
          setImportState({
            status: "refused",
            fileName: importNameRef.current,
            rows: reply.rows,
            problems: reply.problems,
            problemCount: reply.problemCount,
          });
        }
        return;
      case "error":
        busyRef.current = false;
        setRun((prev) => ({ ...prev, computing: false, progress: null, error: reply.message }));
        return;
    }
  }, []);

  const worker = useCallback((): Worker => {
    if (busyRef.current && workerRef.current) {
      workerRef.current.terminate();
      workerRef.current = null;
      busyRef.current = false;
    }
    if (workerRef.current) return workerRef.current;
    const w = new Worker(new URL("./demand.worker.ts", import.meta.url), { type: "module" });
    w.onmessage = onReply;
    w.onerror = (event) => {
      event.preventDefault();
      busyRef.current = false;
      setRun((prev) => ({ ...prev, computing: false, progress: null, error: event.message || "worker-error" }));
    };
    if (importedJsonRef.current)
      w.postMessage({ id: 0, kind: "restore", slot: "imported", firmsJson: importedJsonRef.current } satisfies DemandWorkerRequest);
    if (consultationsJsonRef.current)
      w.postMessage({
        id: 0,
        kind: "restore",
        slot: "consultations",
        firmsJson: consultationsJsonRef.current,
      } satisfies DemandWorkerRequest);
    workerRef.current = w;
    return w;
  }, [onReply]);

  useEffect(
    () => () => {
      workerRef.current?.terminate();
      workerRef.current = null;
    },
    [],
  );

  useEffect(() => {
    const current = job;
    if (current === null) return;
    const id = ++latestRef.current;
    setRun((prev) => ({ ...prev, computing: true, cancelled: false, error: null, progress: null }));
    const handle = window.setTimeout(() => {
      if (typeof Worker === "undefined") {
        setRun((prev) => ({ ...prev, computing: false, error: "no-worker" }));
        return;
      }
      const w = worker();
      busyRef.current = true;
      jobsRef.current.set(id, current);
      w.postMessage({ id, kind: "run", job: current, catalogue } satisfies DemandWorkerRequest);
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(handle);
    // Keyed on `jobKey` alone on purpose: it stands for `job`.
  }, [jobKey]);

  const cancel = useCallback(() => {
    latestRef.current++;
    workerRef.current?.terminate();
    workerRef.current = null;
    busyRef.current = false;
    setRun((prev) => ({ ...prev, computing: false, progress: null, cancelled: true }));
  }, []);

  const importFile = useCallback(
    (file: File, locale: UiLocale, maxRows: number) => {
      const id = ++latestRef.current;
      importNameRef.current = file.name;
      setImportState({ status: "reading", fileName: file.name, rows: 0 });
      setRun((prev) => ({ ...prev, computing: false }));
      const w = worker();
      busyRef.current = true;
      w.postMessage({ id, kind: "import", file, locale, maxRows, catalogue } satisfies DemandWorkerRequest);
    },
    [worker, catalogue],
  );

  /** Keeps the consultations' firms (JSON) for every worker: the current one now, a fresh one when it starts. */
  const setConsultationFirms = useCallback((firmsJson: string) => {
    consultationsJsonRef.current = firmsJson;
    workerRef.current?.postMessage({ id: 0, kind: "restore", slot: "consultations", firmsJson } satisfies DemandWorkerRequest);
  }, []);

  return { run, importState, cancel, importFile, setConsultationFirms };
}
