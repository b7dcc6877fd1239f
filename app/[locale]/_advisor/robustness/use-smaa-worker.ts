"use client";

import { useEffect, useRef, useState } from "react";
import type { SmaaResult } from "@/lib/domain/sensitivity/smaa";
import type { SmaaJob, SmaaReply, SmaaRequest } from "./smaa-protocol";
import { useRestartableWorker } from "@/app/_components/use-restartable-worker";

/** Settings and scores settle for this long before a run starts (typing a seed, dragging the cost slider). */
const DEBOUNCE_MS = 250;

export type SmaaRun<Meta> = {
  /** The latest finished result, kept on screen while a newer run computes. */
  result: SmaaResult | null;
  /** The job that produced `result`, and the caller's data that went with it (e.g. which option each row is). */
  job: SmaaJob | null;
  meta: Meta | null;
  /** Time inside the worker for `result`, in milliseconds. */
  elapsedMs: number | null;
  computing: boolean;
  error: string | null;
};

/**
 * Runs `smaa` for `job` in a module Web Worker (smaa.worker.ts). `jobKey` identifies the job (a new key = a new
 * run), so a new recommendation object with the same scores does not restart it. Runs are debounced by 250 ms; when
 * the inputs change during a run the busy worker is terminated (a real cancel, not just an ignored reply) and a fresh
 * one takes the new job; replies carry the request id and any reply but the latest is ignored.
 */
export function useSmaaWorker<Meta>(job: SmaaJob | null, jobKey: string, meta: Meta): SmaaRun<Meta> {
  const [run, setRun] = useState<SmaaRun<Meta>>({
    result: null,
    job: null,
    meta: null,
    elapsedMs: null,
    computing: job !== null,
    error: null,
  });
  const latestIdRef = useRef(0);
  /** Jobs (with their meta) by request id, so a reply is shown with the settings that produced it. */
  const requestedRef = useRef(new Map<number, { job: SmaaJob; meta: Meta }>());
  const worker = useRestartableWorker(() => {
    const w = new Worker(new URL("./smaa.worker.ts", import.meta.url), { type: "module" });
    w.onmessage = (event: MessageEvent<SmaaReply>) => {
      worker.settle();
      const reply = event.data;
      if (reply.id !== latestIdRef.current) return;
      if (reply.ok) {
        const sent = requestedRef.current.get(reply.id);
        setRun({
          result: reply.result,
          job: sent?.job ?? null,
          meta: sent?.meta ?? null,
          elapsedMs: reply.elapsedMs,
          computing: false,
          error: null,
        });
      } else {
        setRun((prev) => ({ ...prev, computing: false, error: reply.message }));
      }
      requestedRef.current.clear();
    };
    w.onerror = (event) => {
      worker.settle();
      event.preventDefault();
      setRun((prev) => ({ ...prev, computing: false, error: event.message || "worker-error" }));
    };
    return w;
  });

  useEffect(() => {
    // `job` and `meta` are read from the render whose key changed, which is the job that key names.
    const current = job;
    const currentMeta = meta;
    if (current === null) {
      setRun((prev) => (prev.computing ? { ...prev, computing: false } : prev));
      return;
    }
    const id = ++latestIdRef.current;
    setRun((prev) => ({ ...prev, computing: true, error: null }));

    const handle = window.setTimeout(() => {
      requestedRef.current.set(id, { job: current, meta: currentMeta });
      const request: SmaaRequest = { id, ...current };
      if (!worker.post(request)) setRun((prev) => ({ ...prev, computing: false, error: "no-worker" }));
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(handle);
    // Keyed on `jobKey` alone on purpose: it stands for `job` (see above).
  }, [jobKey]);

  return run;
}
