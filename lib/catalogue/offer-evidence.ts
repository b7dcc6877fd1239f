import { z } from "zod";
import { sourceSchema } from "./offer-schema";
import type { OfferEvidence } from "./client-catalogue";

/**
 * GET /api/catalogue/offers/{id}/evidence's body: the free text the lean client catalogue
 * leaves out of one offer (lib/catalogue/client-catalogue.ts). The route builds it from the
 * validated catalogue; the browser parses the answer with this schema before showing a word
 * of it (loaded with a dynamic import, so zod stays out of the first-load JavaScript).
 */
export const offerEvidenceSchema = z
  .object({
    offerId: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    catalogueVersion: z.string().min(1),
    notes: z.string().optional(),
    minimumPurchaseNote: z.string().optional(),
    eligibilityNote: z.string().optional(),
    sources: z.array(sourceSchema).min(1),
  })
  .strict() satisfies z.ZodType<OfferEvidence>;

/** An offer id as the catalogue writes them (kebab-case); anything else is a 400, not a lookup. */
export const offerIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(100);
