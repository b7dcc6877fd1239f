import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { clientCatalogue } from "@/lib/catalogue/client-catalogue";

describe("clientCatalogue", () => {
  const slim = clientCatalogue(catalogue);

  it("drops the offers' free-text notes, as absent keys (nothing serialised for them)", () => {
    for (const o of slim.offers) {
      expect("notes" in o).toBe(false);
      expect("note" in o.minimumPurchase).toBe(false);
      expect("note" in o.eligibility).toBe(false);
    }
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(catalogue).length);
  });

  it("keeps every other field, the source notes included", () => {
    const withoutNotes = catalogue.offers.map(
      ({ notes: _n, minimumPurchase: { note: _p, ...purchase }, eligibility: { note: _e, ...eligible }, ...rest }) => ({
        ...rest,
        minimumPurchase: purchase,
        eligibility: eligible,
      }),
    );
    expect(slim.offers).toEqual(withoutNotes);
    expect(slim.offers.flatMap((o) => o.sources)).toEqual(catalogue.offers.flatMap((o) => o.sources));
    expect({ ...slim, offers: [] }).toEqual({ ...catalogue, offers: [] });
  });

  it("leaves the server's catalogue as it was", () => {
    expect(catalogue.offers.some((o) => o.notes !== undefined || o.eligibility.note !== undefined)).toBe(true);
  });
});
