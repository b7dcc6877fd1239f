import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FAMILIES } from "@/lib/catalogue/catalogue-vocabulary";
import type { Source } from "@/lib/catalogue/offer-schema";
import { CatalogueError, parseCatalogue, type Catalogue, type RawCatalogueFiles } from "@/lib/catalogue/parse-catalogue";
import { parseRecommendRequest } from "@/lib/api/recommend-request";
import { recommend } from "@/lib/domain/scoring/recommend";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { normaliseWeights } from "@/lib/domain/factors";
import { CONTRACT_BODY } from "@/tests/fixtures/builders";

/*
 * Tests of the REAL catalogue under data/. The raw files are read from disk (not imported)
 * so each test can also take a private, deliberately broken copy.
 */

const OFFER_FILES = FAMILIES.map((f) => `data/offers/${f}.json`);
const FILES = ["data/catalogue-meta.json", "data/accelerators.json", "data/fx-rates.json", "data/subsidies.json", ...OFFER_FILES];

function read(path: string): unknown {
  const abs = join(process.cwd(), path);
  if (!existsSync(abs)) throw new Error(`${path} is missing: the catalogue data has not been written yet`);
  return JSON.parse(readFileSync(abs, "utf8"));
}

/** A fresh deep copy of every catalogue file, as parseCatalogue takes them. */
function rawFiles(): RawCatalogueFiles {
  return {
    meta: { path: "data/catalogue-meta.json", json: read("data/catalogue-meta.json") },
    accelerators: { path: "data/accelerators.json", json: read("data/accelerators.json") },
    fx: { path: "data/fx-rates.json", json: read("data/fx-rates.json") },
    subsidies: { path: "data/subsidies.json", json: read("data/subsidies.json") },
    offerFiles: OFFER_FILES.map((path) => ({ path, json: read(path) })),
  };
}

type RawOffer = {
  id: string;
  price: { perAcceleratorHour: unknown };
  accelerator: { model: string };
  subsidySchemes?: string[];
  sources: Record<string, unknown>[];
};
const offersIn = (raw: RawCatalogueFiles, path: string) =>
  (raw.offerFiles.find((f) => f.path === path)!.json as { offers: RawOffer[] }).offers;

function problemsOf(raw: RawCatalogueFiles): string[] {
  try {
    parseCatalogue(raw);
  } catch (e) {
    if (e instanceof CatalogueError) return e.problems;
    throw e;
  }
  throw new Error("expected parseCatalogue to throw a CatalogueError");
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (s: string) => isoDate.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

describe("the real catalogue (data/)", () => {
  it.each(FILES)("%s exists and is JSON", (path) => {
    expect(() => read(path)).not.toThrow();
  });

  let parsed: Catalogue | undefined;
  const cat = (): Catalogue => (parsed ??= parseCatalogue(rawFiles()));

  it("parses, and lib/catalogue/catalogue.ts loads the same offers", async () => {
    expect(() => cat()).not.toThrow();
    const { catalogue } = await import("@/lib/catalogue/catalogue");
    expect(catalogue.offers.map((o) => o.id)).toEqual(cat().offers.map((o) => o.id));
  });

  it("has at least 30 offers", () => {
    expect(cat().offers.length).toBeGreaterThanOrEqual(30);
  });

  it("covers all four families", () => {
    expect(new Set(cat().offers.map((o) => o.family))).toEqual(new Set(FAMILIES));
  });

  it("names the reference accelerators the needs default to", () => {
    const ids = cat().accelerators.map((a) => a.id);
    expect(ids).toContain(cat().referenceModel);
    expect(ids).toContain(cat().referenceCpuModel);
    expect(ids).toContain("h100-sxm"); // needs.hoursMeasuredOn defaults to it
  });

  it("backs every offer with at least one source", () => {
    expect(
      cat()
        .offers.filter((o) => o.sources.length === 0)
        .map((o) => o.id),
    ).toEqual([]);
  });

  const everySource = (): [string, Source][] => [
    ...cat().offers.flatMap((o) => o.sources.map((s, i) => [`offer ${o.id} source ${i}`, s] as [string, Source])),
    ...cat().accelerators.flatMap((a) => a.sources.map((s, i) => [`accelerator ${a.id} source ${i}`, s] as [string, Source])),
    ...cat().subsidies.flatMap((x) => x.sources.map((s, i) => [`subsidy ${x.id} source ${i}`, s] as [string, Source])),
    ...cat().fx.sources.map((s, i) => [`fx source ${i}`, s] as [string, Source]),
  ];

  it("gives every source an absolute http(s) URL and a real YYYY-MM-DD as-of date", () => {
    const bad = everySource().filter(([, s]) => {
      let ok = false;
      try {
        ok = ["http:", "https:"].includes(new URL(s.url).protocol);
      } catch {
        ok = false;
      }
      return !ok || !validDate(s.asOf);
    });
    expect(bad.map(([where, s]) => `${where}: ${s.url} ${s.asOf}`)).toEqual([]);
  });

  it("explains every estimate and third-party source in a note", () => {
    const bad = everySource().filter(([, s]) => (s.basis === "estimate" || s.basis === "third-party") && !(s.note ?? "").trim());
    expect(bad.map(([where]) => where)).toEqual([]);
  });

  it("answers the contract example with a non-empty ranking", () => {
    const parsedBody = parseRecommendRequest(CONTRACT_BODY, cat());
    if (!parsedBody.ok) throw new Error(`contract body rejected: ${JSON.stringify(parsedBody.issues)}`);
    const weights = parsedBody.value.weights ? normaliseWeights(parsedBody.value.weights) : DEFAULT_WEIGHTS;
    const rec = recommend(parsedBody.value.needs, weights, cat(), { referenceDate: cat().reviewedOn });
    expect(rec.ranked.length).toBeGreaterThan(0);
    expect(rec.ranked.length + rec.excluded.length).toBe(cat().offers.length);
  });
});

describe("parseCatalogue on a deliberately broken copy of the real data", () => {
  it("a negative price → CatalogueError naming the file, the offer and the field", () => {
    const raw = rawFiles();
    const offer = offersIn(raw, "data/offers/cloud.json")[0]!;
    offer.price.perAcceleratorHour = -1;
    const problems = problemsOf(raw);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("data/offers/cloud.json");
    expect(problems[0]).toContain(`offer "${offer.id}"`);
    expect(problems[0]).toContain(`field "price.perAcceleratorHour"`);
  });

  it("an unknown accelerator id → CatalogueError naming the file, the offer and the field", () => {
    const raw = rawFiles();
    const offer = offersIn(raw, "data/offers/hk-sc.json")[0]!;
    offer.accelerator.model = "no-such-gpu";
    const problems = problemsOf(raw);
    expect(problems).toEqual([expect.stringContaining("data/offers/hk-sc.json")]);
    expect(problems[0]).toContain(`offer "${offer.id}"`);
    expect(problems[0]).toContain(`field "accelerator.model"`);
    expect(problems[0]).toContain("no-such-gpu");
  });

  it.each([
    [
      "an unknown subsidy scheme",
      "data/offers/mainland-sc.json",
      (offer: RawOffer): string => {
        offer.subsidySchemes = [...(offer.subsidySchemes ?? []), "no-such-scheme"];
        return "subsidySchemes";
      },
    ],
    [
      "an estimate source without a note",
      "data/offers/overseas-sc.json",
      (offer: RawOffer): string => {
        offer.sources.push({ url: "https://example.com/guess", asOf: "2026-11-01", basis: "estimate", covers: ["leadTimeDays"] });
        return `sources.${offer.sources.length - 1}.note`;
      },
    ],
  ] as const)("%s → named with file, offer and field", (_, file, breakOffer) => {
    const raw = rawFiles();
    const offer = offersIn(raw, file)[0]!;
    const field = breakOffer(offer);
    const [problem] = problemsOf(raw);
    expect(problem).toContain(file);
    expect(problem).toContain(`offer "${offer.id}"`);
    expect(problem).toContain(`field "${field}"`);
  });

  it("a duplicate offer id across files → reported", () => {
    const raw = rawFiles();
    const cloudId = offersIn(raw, "data/offers/cloud.json")[0]!.id;
    offersIn(raw, "data/offers/hk-sc.json")[0]!.id = cloudId;
    expect(problemsOf(raw).some((p) => p.includes(`offer "${cloudId}"`) && p.includes(`field "id"`) && p.includes("duplicate"))).toBe(true);
  });

  it("several problems → every one reported in a single error", () => {
    const raw = rawFiles();
    const a = offersIn(raw, "data/offers/cloud.json")[0]!;
    const b = offersIn(raw, "data/offers/hk-sc.json")[0]!;
    a.price.perAcceleratorHour = -5;
    b.accelerator.model = "no-such-gpu";
    const problems = problemsOf(raw);
    expect(problems.some((p) => p.includes("data/offers/cloud.json") && p.includes(a.id) && p.includes("price.perAcceleratorHour"))).toBe(
      true,
    );
    expect(problems.some((p) => p.includes("data/offers/hk-sc.json") && p.includes(b.id) && p.includes("accelerator.model"))).toBe(true);
    let message = "";
    try {
      parseCatalogue(raw);
    } catch (e) {
      message = (e as Error).message;
    }
    for (const p of problems) expect(message).toContain(p);
  });
});
