import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { offerEvidence } from "@/lib/catalogue/client-catalogue";
import { evidenceAnswer } from "@/lib/catalogue/evidence-answer";

/*
 * The answer of GET /api/catalogue/offers/{id}/evidence before it becomes a response: one
 * offer's evidence serialised with an ETag that is a hash of those very bytes, or why there
 * is none (a malformed id vs. one the catalogue does not hold).
 */
const ids = catalogue.offers.map((o) => o.id);
const sha = (s: string) => createHash("sha256").update(s).digest("hex");

describe("evidenceAnswer", () => {
  it.each(catalogue.offers.map((o) => [o.id, o] as const))("%s: the offer's evidence, with an ETag hashing its bytes", (id, offer) => {
    const a = evidenceAnswer(id);
    if (!a.ok) throw new Error(a.error);
    expect(JSON.parse(a.json)).toEqual(JSON.parse(JSON.stringify(offerEvidence(offer, catalogue.version))));
    expect(a.etag).toMatch(/^"[0-9a-f]{20}"$/);
    expect(a.etag).toBe(`"${sha(a.json).slice(0, 20)}"`);
  });

  it("answers the same bytes and ETag every time", () => {
    for (const id of ids) {
      const [a, b] = [evidenceAnswer(id), evidenceAnswer(id)];
      expect(b).toEqual(a);
    }
  });

  it("gives every offer its own ETag", () => {
    const etags = ids.map((id) => {
      const a = evidenceAnswer(id);
      return a.ok ? a.etag : a.error;
    });
    expect(new Set(etags).size).toBe(ids.length);
  });

  it.each(["", "Upper", "a b", "a--b", "-a", "a-", "../catalogue", "a/b", "x".repeat(101), "__proto__", "é"])(
    "%j is not an offer id at all: offer-id-invalid",
    (id) => {
      expect(evidenceAnswer(id)).toEqual({ ok: false, error: "offer-id-invalid" });
    },
  );

  it.each(["no-such-offer", "constructor", "x".repeat(100)])("%j is well formed but unknown: offer-unknown", (id) => {
    expect(evidenceAnswer(id)).toEqual({ ok: false, error: "offer-unknown" });
  });

  it("any other well-formed id is unknown, any malformed one invalid; neither is remembered as an offer", () => {
    const kebab = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,4}$/).filter((s) => !ids.includes(s));
    fc.assert(
      fc.property(kebab, (id) => {
        expect(evidenceAnswer(id)).toEqual({ ok: false, error: "offer-unknown" });
        expect(evidenceAnswer(id)).toEqual({ ok: false, error: "offer-unknown" });
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }).filter((s) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s)),
        (id) => {
          expect(evidenceAnswer(id)).toEqual({ ok: false, error: "offer-id-invalid" });
        },
      ),
      { numRuns: 500 },
    );
  });
});
