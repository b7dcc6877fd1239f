"use client";

import { useEffect, useRef, useState } from "react";

/** A Web Worker that is reused while idle and replaced when a new job arrives during a run. */
export type RestartableWorker = {
  /**
   * Sends `message` as a new job: to the idle worker, or — when the worker is still busy — to a
   * fresh one after terminating it (a real cancel, not an ignored reply). `false` when the
   * browser has no Web Workers.
   */
  post: (message: unknown) => boolean;
  /** The worker has answered (or failed): the next job may reuse it. */
  settle: () => void;
  /** Sends `message` to the current worker, if one is running, without starting one or counting it as a job. */
  notify: (message: unknown) => void;
  /** Stops the current run now (the user's cancel); the next job starts a fresh worker. */
  stop: () => void;
};

/**
 * One home for the worker life cycle the SMAA and demand hooks share. `create` builds a worker
 * with its handlers (called lazily, on the first job and after every restart; it must not
 * depend on render-time values other than state setters and refs). The worker is terminated
 * when the component unmounts.
 */
export function useRestartableWorker(create: () => Worker): RestartableWorker {
  const workerRef = useRef<Worker | null>(null);
  const busyRef = useRef(false);
  const [control] = useState<RestartableWorker>(() => ({
    post(message) {
      if (typeof Worker === "undefined") return false;
      if (busyRef.current && workerRef.current) {
        workerRef.current.terminate();
        workerRef.current = null;
      }
      workerRef.current ??= create();
      busyRef.current = true;
      workerRef.current.postMessage(message);
      return true;
    },
    settle() {
      busyRef.current = false;
    },
    notify(message) {
      workerRef.current?.postMessage(message);
    },
    stop() {
      workerRef.current?.terminate();
      workerRef.current = null;
      busyRef.current = false;
    },
  }));
  useEffect(() => () => control.stop(), [control]);
  return control;
}
