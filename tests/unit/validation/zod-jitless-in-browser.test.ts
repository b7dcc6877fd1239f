import { afterEach, describe, expect, it, vi } from "vitest";

/** How many times `run` constructs a Function (zod's compiled parsers are built with `new Function`). */
function functionsConstructed(run: () => void): number {
  const Real = globalThis.Function;
  let count = 0;
  globalThis.Function = new Proxy(Real, {
    construct(target, args) {
      count++;
      return Reflect.construct(target, args);
    },
  });
  try {
    run();
  } finally {
    globalThis.Function = Real;
  }
  return count;
}

/** Loads the module afresh (as a page load would) and the zod it configured. */
async function loadFresh() {
  vi.resetModules();
  await import("@/lib/validation/zod-jitless-in-browser");
  return (await import("zod")).z;
}

const parseSome = (z: Awaited<ReturnType<typeof loadFresh>>) => () => {
  const schema = z.object({ client: z.string().min(1), gpuHoursPerMonth: z.number().positive() });
  for (let i = 0; i < 3; i++)
    expect(schema.parse({ client: "Acme", gpuHoursPerMonth: 500 })).toEqual({ client: "Acme", gpuHoursPerMonth: 500 });
};

afterEach(async () => {
  vi.unstubAllGlobals();
  (await import("zod")).z.config({ jitless: false });
});

describe("zod-jitless-in-browser", () => {
  it("in the browser zod never builds a Function (the CSP has no 'unsafe-eval'), and still parses", async () => {
    vi.stubGlobal("window", {});
    const z = await loadFresh();
    expect(z.config().jitless).toBe(true);
    expect(functionsConstructed(parseSome(z))).toBe(0);
  });

  it("on the server zod keeps its compiled parsers", async () => {
    const z = await loadFresh();
    expect(z.config().jitless).not.toBe(true);
    expect(functionsConstructed(parseSome(z))).toBeGreaterThan(0);
  });
});
