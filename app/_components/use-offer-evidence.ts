"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { offerEvidencePath, withEvidence, type OfferEvidence } from "@/lib/catalogue/client-catalogue";
import type { Offer } from "@/lib/catalogue/offer-schema";

export type EvidenceStatus = "loading" | "ready" | "failed";

// One request per offer and page session, shared by every open detail; a failed one is forgotten
// so that the next ask (Retry, or the next time a detail opens) tries again.
const requests = new Map<string, Promise<OfferEvidence>>();

async function fetchEvidence(offerId: string): Promise<OfferEvidence> {
  const response = await fetch(offerEvidencePath(offerId), { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`evidence of ${offerId}: HTTP ${response.status}`);
  // The schema (and zod) load with the first answer, not with the page.
  const { offerEvidenceSchema } = await import("@/lib/catalogue/offer-evidence");
  const evidence = offerEvidenceSchema.parse(await response.json());
  if (evidence.offerId !== offerId) throw new Error(`evidence of ${offerId}: answered for ${evidence.offerId}`);
  return evidence;
}

function loadEvidence(offerId: string): Promise<OfferEvidence> {
  let request = requests.get(offerId);
  if (!request) {
    request = fetchEvidence(offerId);
    request.catch(() => requests.delete(offerId));
    requests.set(offerId, request);
  }
  return request;
}

/**
 * The page's lean offer (lib/catalogue/client-catalogue.ts) with its notes and source notes
 * put back once GET /api/catalogue/offers/{id}/evidence has answered; until then (or if it
 * fails) the lean offer, whose sources already carry their links, dates and the figures they
 * cover. `status` says which, for <EvidenceNotice>; `retry` asks again after a failure.
 */
export function useOfferEvidence(offer: Offer | undefined): { offer: Offer | undefined; status: EvidenceStatus; retry: () => void } {
  const id = offer?.id;
  const [answer, setAnswer] = useState<{ id: string; evidence: OfferEvidence | null } | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (id === undefined) return;
    let live = true;
    loadEvidence(id).then(
      (evidence) => {
        if (live) setAnswer({ id, evidence });
      },
      () => {
        if (live) setAnswer({ id, evidence: null });
      },
    );
    return () => {
      live = false;
    };
  }, [id, attempt]);

  const current = answer !== null && answer.id === id ? answer : null;
  const evidence = current?.evidence ?? null;
  const merged = useMemo(() => (offer && evidence ? withEvidence(offer, evidence) : offer), [offer, evidence]);
  const retry = useCallback(() => {
    setAnswer(null);
    setAttempt((n) => n + 1);
  }, []);
  const status: EvidenceStatus = current === null ? "loading" : evidence === null ? "failed" : "ready";
  return { offer: merged, status, retry };
}
