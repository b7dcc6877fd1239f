/**
 * A value for React's `use()` that is either computed already or computed in a task of its
 * own, after the page has hydrated around it.
 *
 * Why: the advisor's first screen is server-rendered from the server's own recommend(). On a
 * phone, recomputing it in the browser inside the hydration task made that task one long
 * block (tens of ms at 4× slowdown on top of React's own work). A component that `use()`s a
 * pending value inside a <Suspense> boundary leaves the boundary's server HTML on screen while
 * React hydrates everything else; the ranking then runs when it is wanted (advisor-app.tsx:
 * the results near the viewport, or a first tap, key or focus), outside hydration, and React
 * hydrates the boundary with it — the same inputs and date give the same HTML.
 *
 * `status`/`value` follow the thenable fields React reads, so a settled value is returned by
 * `use()` synchronously (no suspension, on the server or after an edit).
 */
export type Deferred<T> = PromiseLike<T> & ({ status: "fulfilled"; value: T } | { status: "rejected"; reason: Error } | { status: "pending" });

/** A value already computed: `use()` returns it without suspending. */
export function settled<T>(value: T): Deferred<T> {
  const thenable = Promise.resolve(value) as Promise<T> & { status: "fulfilled"; value: T };
  thenable.status = "fulfilled";
  thenable.value = value;
  return thenable;
}

/** A deferred value whose computation waits for `start()`. */
export type OnDemand<T> = Deferred<T> & { start: () => void };

/**
 * `compute()` run once, synchronously, at the first `start()` (later calls do nothing); the
 * thenable is fulfilled with its result at once (React's use() reads `status`/`value`, so a
 * tap that starts it can hydrate the waiting boundary in the same event). A throw rejects it
 * (the nearest error boundary shows it, as a throw during render would).
 */
export function onDemand<T>(compute: () => T): OnDemand<T> {
  let settle: { resolve: (value: T) => void; reject: (reason: Error) => void } | null = null;
  const promise = new Promise<T>((resolve, reject) => {
    settle = { resolve, reject };
  });
  let started = false;
  const start = () => {
    if (started || settle === null) return;
    started = true;
    const { resolve, reject } = settle;
    try {
      const value = compute();
      Object.assign(promise, { status: "fulfilled", value });
      resolve(value);
    } catch (e) {
      const reason = e instanceof Error ? e : new Error(String(e));
      Object.assign(promise, { status: "rejected", reason });
      reject(reason);
    }
  };
  const state: { status: "pending" } = { status: "pending" };
  return Object.assign(promise, state, { start });
}

/** The value if it is there already, else undefined. */
export function settledValue<T>(d: Deferred<T>): T | undefined {
  return d.status === "fulfilled" ? d.value : undefined;
}
