import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/catalogue/offers/[id]/evidence/route";
import { catalogue } from "@/lib/catalogue/catalogue";
import { offerEvidenceSchema } from "@/lib/catalogue/offer-evidence";

const get = (id: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://localhost/api/catalogue/offers/${encodeURIComponent(id)}/evidence`, { headers }), { params: Promise.resolve({ id }) });

describe("GET /api/catalogue/offers/{id}/evidence", () => {
  it.each(catalogue.offers.map((o) => [o.id, o] as const))("%s: the offer's notes and every source with its note, schema-valid", async (id, offer) => {
    const res = await get(id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    const body = offerEvidenceSchema.parse(await res.json());
    expect(body.offerId).toBe(id);
    expect(body.catalogueVersion).toBe(catalogue.version);
    expect(body.sources).toEqual(offer.sources);
    expect(body.notes).toBe(offer.notes);
    expect(body.eligibilityNote).toBe(offer.eligibility.note);
    expect(body.minimumPurchaseNote).toBe(offer.minimumPurchase.note);
  });

  it("returns the source notes the page's catalogue leaves out", async () => {
    const offer = catalogue.offers.find((o) => o.sources.some((s) => s.basis === "estimate" && s.note))!;
    const body = offerEvidenceSchema.parse(await (await get(offer.id)).json());
    expect(body.sources.filter((s) => s.note).length).toBeGreaterThan(0);
  });

  it("is cacheable for five minutes with an ETag, and answers 304 to If-None-Match", async () => {
    const id = catalogue.offers[0]!.id;
    const first = await get(id);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[0-9a-f]{20}"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=300");
    const again = await get(id, { "if-none-match": etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect((await get(catalogue.offers[1]!.id)).headers.get("etag")).not.toBe(etag);
  });

  it("404 for an unknown id, 400 naming the field for one that is not kebab-case; neither is cached", async () => {
    const unknown = await get("no-such-offer");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: "offer-unknown", issues: [] });
    expect(unknown.headers.get("cache-control")).toBe("no-store");
    for (const bad of ["../catalogue", "Upper", "a b", "x".repeat(101), "__proto__", ""]) {
      const res = await get(bad);
      expect(res.status, bad).toBe(400);
      const body = (await res.json()) as { error: string; issues: { path: string[] }[] };
      expect(body.error).toBe("offer-id-invalid");
      expect(body.issues[0]?.path).toEqual(["id"]);
    }
  });

  it("says what is wrong with a bad id in the caller's language, like every other 400", async () => {
    const hk = (await (await get("Upper", { "accept-language": "zh-HK" })).json()) as { issues: { message: string }[] };
    expect(hk.issues[0]?.message).toMatch(/格式無效/);
    const en = (await (await get("Upper")).json()) as { issues: { message: string }[] };
    expect(en.issues[0]?.message).toMatch(/invalid format/);
  });

  it("any id (unicode, prototype keys, path tricks, huge): 200, 400 or 404 with a JSON body, never a 5xx", async () => {
    const ids = catalogue.offers.map((o) => o.id);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 50 }), fc.constantFrom("__proto__", "constructor", "..", "%2e%2e", ...ids), fc.string({ unit: "binary-ascii", maxLength: 200 })),
        async (id) => {
          const res = await get(id);
          expect([200, 400, 404]).toContain(res.status);
          const body = (await res.json()) as { offerId?: string; error?: string };
          if (res.status === 200) expect(body.offerId).toBe(id);
          else expect(body.error).toMatch(/^offer-(id-invalid|unknown)$/);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
