import "server-only";
import { createHash } from "node:crypto";
import { catalogue } from "./catalogue";
import { offerEvidence } from "./client-catalogue";
import { offerIdSchema } from "./offer-evidence";

/** Five minutes, as GET /api/catalogue: a price update reaches readers soon; a 304 costs no body. */
export const EVIDENCE_CACHE_CONTROL = "public, max-age=300";

type Body = { json: string; etag: string };

// Serialised once per offer and process: the catalogue only changes with a deploy.
const bodies = new Map<string, Body>();

/**
 * GET /api/catalogue/offers/{id}/evidence's answer: the serialised evidence of one offer with
 * its ETag (a hash of the body, so a note fixed without a version bump still changes it), or
 * why there is none.
 */
export function evidenceAnswer(id: string): ({ ok: true } & Body) | { ok: false; error: "offer-id-invalid" | "offer-unknown" } {
  if (!offerIdSchema.safeParse(id).success) return { ok: false, error: "offer-id-invalid" };
  const cached = bodies.get(id);
  if (cached) return { ok: true, ...cached };
  const offer = catalogue.offers.find((o) => o.id === id);
  if (!offer) return { ok: false, error: "offer-unknown" };
  const json = JSON.stringify(offerEvidence(offer, catalogue.version));
  const body = { json, etag: `"${createHash("sha256").update(json).digest("hex").slice(0, 20)}"` };
  bodies.set(id, body);
  return { ok: true, ...body };
}
