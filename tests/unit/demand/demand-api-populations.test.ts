import { beforeAll, describe, expect, it, vi } from "vitest";
import { MAX_API_ROWS } from "@/lib/demand/demand-limits";
import { DEMAND_BODY } from "@/tests/fixtures/demand-body";
import { makeNewScenario } from "@/tests/fixtures/scenario-builders";
import { createTestAdvisor, signInAs, tempAdvisorStore } from "@/tests/fixtures/temp-advisor-store";

/*
 * POST /api/demand's population sources besides `synthetic`: `rows` (the CSV import's columns
 * as JSON) and `consultations` (the saved consultations, advisor session required), in process
 * against a temporary SQLite DATA_DIR with sign-in required and a real sealed session cookie.
 */
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", async () => (await import("@/tests/unit/api/fuzz-cookie-jar")).cookieJarModule(jar));
tempAdvisorStore("ca-demand-api-");

const { POST } = await import("@/app/api/demand/route");

type Issue = { path: string; field: string; message: string };
async function post(population: unknown, lang = "en") {
  const res = await POST(
    new Request(`http://localhost/api/demand?lang=${lang}`, {
      method: "POST",
      body: JSON.stringify({ ...DEMAND_BODY, population }),
      headers: { "content-type": "application/json" },
    }),
  );
  const size = { firms: Number(res.headers.get("x-population-firms")), workloads: Number(res.headers.get("x-population-workloads")) };
  return { status: res.status, population: size, json: (await res.json()) as { issues?: Issue[]; curve?: unknown[] } };
}

/** A row as an analyst's script would send it: the CSV columns, numbers and lists as JSON. */
const row = (over: Record<string, unknown> = {}) => ({
  firm: "a",
  workload: "llm-fine-tuning",
  gpuHoursPerMonth: 800,
  durationMonths: 12,
  peakGpus: 8,
  "organisation.hkRegistered": true,
  tools: ["jupyter", "containers"],
  ...over,
});

let advisorId = "";
beforeAll(async () => {
  advisorId = await createTestAdvisor("analyst@example.org");
});

describe("POST /api/demand with population.rows", () => {
  it("answers for the rows: rows sharing `firm` are one firm's workloads; CSV-style text cells work too", async () => {
    const rows = [row(), row({ workload: "inference", gpuHoursPerMonth: "300", tools: "api" }), row({ firm: "b" }), row({ firm: null })];
    const res = await post({ rows });
    expect(res.status).toBe(200);
    expect(res.population).toEqual({ firms: 3, workloads: 4 });
    expect(res.json.curve).toHaveLength(50);
  }, 60_000);

  it("refuses the rows whole, naming every bad row (index from 0) and column, in the caller's language", async () => {
    const rows = [row(), row({ gpuHoursPerMonth: -5 }), row(), row({ workload: "mining", "organisation.university": "maybe" })];
    const en = await post({ rows });
    expect(en.status).toBe(400);
    const paths = en.json.issues!.map((i) => i.path).sort();
    expect(paths).toEqual(["population.rows.1.gpuHoursPerMonth", "population.rows.3.organisation.university", "population.rows.3.workload"]);
    const zh = await post({ rows }, "zh-HK");
    expect(zh.json.issues!.map((i) => i.path).sort()).toEqual(paths);
    expect(zh.json.issues!.map((i) => i.message).join("\n")).not.toEqual(en.json.issues!.map((i) => i.message).join("\n"));
  });

  it("400 for an unknown column, a value of the wrong JSON type, no rows, or more than the documented maximum", async () => {
    const unknown = await post({ rows: [row({ colour: "red" })] });
    expect(unknown.status).toBe(400);
    expect(unknown.json.issues!.map((i) => i.path)).toEqual(["population.rows.0"]);
    expect(unknown.json.issues![0]!.message).toContain("colour");
    const typed = await post({ rows: [row({ storageTb: { tb: 1 } })] });
    expect(typed.json.issues!.map((i) => i.path)).toEqual(["population.rows.0.storageTb"]);
    expect((await post({ rows: [] })).json.issues!.map((i) => i.path)).toEqual(["population.rows"]);
    const over = await post({ rows: Array.from({ length: MAX_API_ROWS + 1 }, () => ({ workload: "inference" })) });
    expect(over.status).toBe(400);
    expect(over.json.issues!.map((i) => i.path)).toEqual(["population.rows"]);
    expect(over.json.issues![0]!.message).toContain("5,000");
  });

  it("400 unless exactly one population source is given", async () => {
    const both = await post({ synthetic: { firms: 10, seed: 1 }, rows: [row()] });
    expect(both.status).toBe(400);
    expect(both.json.issues![0]!.message).toMatch(/exactly one population/);
    const none = await post({});
    expect(none.status).toBe(400);
    expect(none.json.issues!.map((i) => i.path)).toEqual(["population"]);
  });
});

describe("POST /api/demand with population.consultations", () => {
  it("401 without an advisor session when sign-in is required", async () => {
    await signInAs(undefined);
    expect((await post({ consultations: {} })).status).toBe(401);
  });

  it("400 when no consultation has a scenario; then the consultations as firms, no names in the answer", async () => {
    await signInAs(advisorId);
    const empty = await post({ consultations: {} });
    expect(empty.status).toBe(400);
    expect(empty.json.issues!.map((i) => i.path)).toEqual(["population.consultations"]);
    const { repository } = await import("@/lib/persistence/open-repository");
    const repo = await repository();
    for (const client of ["Zebra Quantum Holdings", "Okapi Robotics"]) {
      const c = await repo.createConsultation({ client, notes: "confidential merger talk" });
      await repo.addScenarios(c.id, [makeNewScenario({ name: "Secret plan Z", needs: { gpuHoursPerMonth: 1234 } })]);
    }
    const res = await post({ consultations: {} });
    expect(res.status).toBe(200);
    expect(res.population).toEqual({ firms: 2, workloads: 2 });
    const text = JSON.stringify(res.json);
    for (const s of ["Zebra", "Okapi", "merger", "Secret plan"]) expect(text).not.toContain(s);
    expect((await post({ consultations: { all: true } })).json.issues!.map((i) => i.path)).toEqual(["population.consultations"]);
  }, 60_000);
});
