import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { computeScenario } from "@/lib/consultations/compute-scenario";
import { localiseResult, locationLabels } from "@/lib/consultations/localise-result";
import { offerNames } from "@/lib/i18n/local-names";
import { TEST_AS_OF } from "@/tests/fixtures/builders";
import { makeScenarioInput } from "@/tests/fixtures/scenario-builders";

const frozen = computeScenario(makeScenarioInput(), catalogue, TEST_AS_OF).snapshot.result;
/** The result without its wording: names, places and the interconnect description (a `fabric` anywhere). */
const strip = (r: typeof frozen) =>
  JSON.parse(
    JSON.stringify(
      {
        ...r,
        ranked: r.ranked.map(({ provider: _p, name: _n, location: { label: _l, ...place }, ...rest }) => ({ ...rest, place })),
        excluded: r.excluded.map(({ provider: _p, name: _n, ...rest }) => rest),
      },
      (k, v: unknown) => (k === "fabric" ? undefined : v),
    ),
  ) as unknown;

describe("localiseResult", () => {
  it("names options by their local names on a Chinese report, leaving every figure as frozen", () => {
    const zh = localiseResult(frozen, catalogue.offers, "zh-HK");
    const local = catalogue.offers.filter((o) => o.i18n?.["zh-HK"] && o.i18n["zh-HK"].provider !== o.provider);
    expect(local.length).toBeGreaterThan(0);
    let renamed = 0;
    for (const row of [...zh.ranked, ...zh.excluded]) {
      const offer = catalogue.offers.find((o) => o.id === row.offerId)!;
      expect({ provider: row.provider, name: row.name }).toEqual({
        provider: offerNames(offer, "zh-HK").provider,
        name: offerNames(offer, "zh-HK").name,
      });
      if (row.provider !== offer.provider) renamed++;
    }
    expect(renamed).toBeGreaterThan(0);
    expect(strip(zh)).toEqual(strip(frozen));
  });

  it("names each ranked option's place in the reader's language, so same-named offers in two regions stay apart", () => {
    const zh = localiseResult(frozen, catalogue.offers, "zh-HK");
    const labels = locationLabels(catalogue.offers, "zh-HK");
    for (const row of zh.ranked) expect(row.location.label).toBe(labels.get(row.offerId));
    const tokyo = catalogue.offers.find((o) => o.location.label.startsWith("Tokyo"))!;
    expect(labels.get(tokyo.id)).toMatch(/^東京/);
    expect(locationLabels(catalogue.offers, "en").get(tokyo.id)).toBe(tokyo.location.label);
    // Two catalogue offers share a name but not a place: the place is what tells them apart.
    const byName = new Map<string, string[]>();
    for (const o of catalogue.offers) byName.set(`${o.provider}|${o.name}`, [...(byName.get(`${o.provider}|${o.name}`) ?? []), o.id]);
    const twins = [...byName.values()].find((ids) => ids.length > 1);
    expect(twins).toBeDefined();
    expect(new Set(twins!.map((id) => labels.get(id))).size).toBe(twins!.length);
  });

  it("gives the offer's interconnect description in the reader's language, in rule checks and in the reasons that quote it", () => {
    // A multi-node job: every single-node offer is excluded with a reason quoting its fabric.
    const input = makeScenarioInput();
    const multi = computeScenario({ ...input, needs: { ...input.needs, multiNode: true } }, catalogue, TEST_AS_OF).snapshot.result;
    const byId = new Map(catalogue.offers.map((o) => [o.id, o]));
    for (const locale of ["zh-HK", "zh-CN"] as const) {
      const zh = localiseResult(multi, catalogue.offers, locale);
      const quoted = zh.excluded.flatMap((e) => e.reasons.filter((r) => r.code === "exclude.multi-node").map((r) => [e.offerId, r.params.fabric]));
      expect(quoted.length).toBeGreaterThan(0);
      for (const [id, fabric] of quoted) expect(fabric).toBe(byId.get(id as string)?.i18n[locale].fabric);
      for (const row of [...zh.ranked, ...zh.excluded]) {
        for (const c of row.ruleChecks) if (c.rule === "multi-node") expect(c.offer.fabric).toBe(byId.get(row.offerId)?.i18n[locale].fabric);
      }
      for (const row of zh.ranked) {
        for (const r of row.factorDetails.performance.reasons) {
          if (r.code === "performance.interconnect") expect(r.params.fabric).toBe(byId.get(row.offerId)?.i18n[locale].fabric);
        }
      }
    }
    expect(localiseResult(multi, catalogue.offers, "en")).toEqual(multi);
  });

  it("keeps English names in English and the saved name for an option that left the catalogue", () => {
    expect(localiseResult(frozen, catalogue.offers, "en").ranked.map((r) => r.provider)).toEqual(frozen.ranked.map((r) => r.provider));
    const gone = frozen.ranked[0]!.offerId;
    const out = localiseResult(
      frozen,
      catalogue.offers.filter((o) => o.id !== gone),
      "zh-CN",
    );
    expect(out.ranked[0]).toMatchObject({ provider: frozen.ranked[0]!.provider, name: frozen.ranked[0]!.name });
  });
});
