import "server-only";
import { bodyEtag } from "@/lib/api/catalogue-response";
import { catalogue } from "./catalogue";
import { offerEvidence } from "./client-catalogue";
import { offerIdSchema } from "./offer-evidence";

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
  const body = { json, etag: bodyEtag(json, "", 20) };
  bodies.set(id, body);
  return { ok: true, ...body };
}
