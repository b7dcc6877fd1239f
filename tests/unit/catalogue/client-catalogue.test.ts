import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { clientCatalogue, offerEvidence, offerEvidencePath, withEvidence } from "@/lib/catalogue/client-catalogue";
import { offerEvidenceSchema } from "@/lib/catalogue/offer-evidence";
import { localiseCatalogue } from "@/lib/i18n/local-names";

describe("clientCatalogue", () => {
  const slim = clientCatalogue(catalogue);

  it("drops the offers' notes and every source note, as absent keys (nothing serialised for them)", () => {
    for (const o of slim.offers) {
      expect("notes" in o).toBe(false);
      expect("note" in o.minimumPurchase).toBe(false);
      expect("note" in o.eligibility).toBe(false);
      for (const s of o.sources) expect("note" in s).toBe(false);
    }
    expect(JSON.stringify(slim.offers)).not.toContain('"note');
  });

  it("the offers are at most two thirds of their full JSON: the notes were the heavy part", () => {
    expect(JSON.stringify(slim.offers).length).toBeLessThan((JSON.stringify(catalogue.offers).length * 2) / 3);
  });

  it("keeps everything the engine and the tables read: each source's url, basis, dates and covered figures, the ranges", () => {
    const strip = (json: unknown) => JSON.parse(JSON.stringify(json, (k, v: unknown) => (k === "note" || k === "notes" ? undefined : v))) as unknown;
    expect(slim.offers).toEqual(strip(catalogue.offers));
    // Accelerators, FX and subsidies are small and the explanation shows their notes: kept whole.
    expect({ ...slim, offers: [] }).toEqual({ ...catalogue, offers: [] });
    expect(slim.offers.map((o) => o.ranges)).toEqual(catalogue.offers.map((o) => o.ranges));
  });

  it("leaves the server's catalogue as it was", () => {
    expect(catalogue.offers.some((o) => o.notes !== undefined || o.eligibility.note !== undefined)).toBe(true);
    expect(catalogue.offers.some((o) => o.sources.some((s) => s.note !== undefined))).toBe(true);
  });
});

describe("offerEvidence and withEvidence", () => {
  const slim = clientCatalogue(catalogue);

  it("the evidence is what the lean offer lacks: withEvidence gives back the full offer, for every offer", () => {
    catalogue.offers.forEach((full, i) => {
      const evidence = offerEvidence(full, catalogue.version);
      expect(offerEvidenceSchema.parse(JSON.parse(JSON.stringify(evidence)))).toEqual(evidence);
      expect(withEvidence(slim.offers[i]!, evidence)).toEqual(full);
    });
  });

  it("puts the source notes back on a localised offer, whose names differ from the server's", () => {
    const zh = localiseCatalogue(slim, "zh-HK");
    const withNotes = catalogue.offers.find((o) => o.sources.some((s) => s.note !== undefined))!;
    const local = zh.offers.find((o) => o.id === withNotes.id)!;
    const merged = withEvidence(local, offerEvidence(withNotes, catalogue.version));
    expect(merged.provider).toBe(local.provider);
    expect(merged.sources.map((s) => s.note)).toEqual(withNotes.sources.map((s) => s.note));
  });

  it("a source the evidence does not name keeps what it had; the offer passed in is not changed", () => {
    const offer = slim.offers[0]!;
    const before = JSON.stringify(offer);
    const merged = withEvidence(offer, { offerId: offer.id, catalogueVersion: "x", sources: [{ ...offer.sources[0]!, url: "https://example.org/other", note: "a note that matches no source of this offer" }] });
    expect(merged.sources).toEqual(offer.sources);
    expect(JSON.stringify(offer)).toBe(before);
  });

  it("spells the route path with the id encoded", () => {
    expect(offerEvidencePath("aws-p5")).toBe("/api/catalogue/offers/aws-p5/evidence");
    expect(offerEvidencePath("a/b")).toBe("/api/catalogue/offers/a%2Fb/evidence");
  });
});
