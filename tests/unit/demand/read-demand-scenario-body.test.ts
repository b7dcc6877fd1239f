import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "@/lib/consultations/http/route-kit";
import { readDemandScenarioBody } from "@/lib/demand/http/read-demand-scenario-body";
import type { Locale } from "@/lib/i18n/locales";
import { demandScenarioPatchSchema, newDemandScenarioSchema } from "@/lib/persistence/demand-scenario-records";
import { makeDemandState } from "@/tests/fixtures/demand-scenario-builders";

/*
 * The body of POST /api/demand-scenarios and PATCH /api/demand-scenarios/{id}: read under the
 * advisor routes' limits (413 / 400 not JSON, localised), then checked, a 400 naming every
 * field by the demand page's label in the caller's language.
 */
const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/demand-scenarios", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
  });

type Refusal = { error: string; message?: string; issues?: { path: string; field: string; message: string }[] };
async function refusal(r: Awaited<ReturnType<typeof readDemandScenarioBody>>) {
  if (r.ok) throw new Error("expected a refusal");
  return { status: r.response.status, headers: r.response.headers, json: (await r.response.json()) as Refusal };
}

const state = makeDemandState({ firms: 1234 });

describe("readDemandScenarioBody", () => {
  it("gives the parsed value (the name trimmed by the schema)", async () => {
    const r = await readDemandScenarioBody(post(JSON.stringify({ name: "  Half subsidy ", state })), "en", newDemandScenarioSchema);
    expect(r).toEqual({ ok: true, value: { name: "Half subsidy", state } });
  });

  it.each<[Locale, RegExp]>([
    ["en", /JSON/],
    ["zh-HK", /JSON/],
  ])("%s: a body that is not JSON is a localised 400 invalid-json", async (locale, pattern) => {
    const { status, json } = await refusal(await readDemandScenarioBody(post("{name:"), locale, newDemandScenarioSchema));
    expect(status).toBe(400);
    expect(json.error).toBe("invalid-json");
    expect(json.message).toMatch(pattern);
  });

  it("the wording of invalid-json follows the caller's language", async () => {
    const [en, hk] = await Promise.all(
      (["en", "zh-HK"] as const).map(
        async (l) => (await refusal(await readDemandScenarioBody(post("nope"), l, newDemandScenarioSchema))).json.message,
      ),
    );
    expect(hk).not.toBe(en);
  });

  it("a body declared larger than the limit is a 413 that closes the connection, without reading it", async () => {
    const r = await refusal(
      await readDemandScenarioBody(post("{}", { "content-length": String(MAX_BODY_BYTES + 1) }), "en", newDemandScenarioSchema),
    );
    expect(r.status).toBe(413);
    expect(r.json.error).toBe("payload-too-large");
    expect(r.headers.get("connection")).toBe("close");
  });

  it("a streamed body past the limit (no Content-Length) is a 413 too", async () => {
    const chunk = new Uint8Array(256 * 1024).fill(0x20);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_BODY_BYTES) controller.close();
        else {
          sent += chunk.byteLength;
          controller.enqueue(chunk);
        }
      },
    });
    const request = new Request("http://localhost/api/demand-scenarios", { method: "POST", body: stream, duplex: "half" } as RequestInit);
    const r = await refusal(await readDemandScenarioBody(request, "en", newDemandScenarioSchema));
    expect(r.status).toBe(413);
  });

  it("an invalid body is a 400 invalid-request naming each field by the demand page's label", async () => {
    const body = { name: "", state: { ...state, firms: 0, centre: { ...state.centre, subsidyShare: 3 } } };
    const en = await refusal(await readDemandScenarioBody(post(JSON.stringify(body)), "en", newDemandScenarioSchema));
    expect(en.status).toBe(400);
    expect(en.json.error).toBe("invalid-request");
    expect(en.json.issues!.map((i) => [i.path, i.field])).toEqual([
      ["name", "Scenario name"],
      ["state.firms", "Number of firms"],
      ["state.centre.subsidyShare", "Subsidy share"],
    ]);
    const hk = await refusal(await readDemandScenarioBody(post(JSON.stringify(body)), "zh-HK", newDemandScenarioSchema));
    expect(hk.json.issues!.map((i) => i.field)).toEqual(["情境名稱", "企業數目", "資助比例"]);
  });

  it("a blank body reads as {} and is checked like one: PATCH says what is missing", async () => {
    const create = await refusal(await readDemandScenarioBody(post(null), "en", newDemandScenarioSchema));
    expect(create.status).toBe(400);
    expect(create.json.issues!.map((i) => i.path)).toEqual(["name", "state"]);
    const patch = await refusal(await readDemandScenarioBody(post(""), "en", demandScenarioPatchSchema));
    expect(patch.json.issues!.map((i) => i.message)).toEqual(["Request: give at least one field to change"]);
  });

  it("a JSON value that is not an object (array, number, null) is a 400 invalid-request, not a crash", async () => {
    for (const raw of ["[]", "42", "null", '"text"']) {
      const r = await refusal(await readDemandScenarioBody(post(raw), "en", newDemandScenarioSchema));
      expect(r.status, raw).toBe(400);
      expect(r.json.error, raw).toBe("invalid-request");
    }
  });
});
