import { z } from "zod";
import { weightsInputSchema } from "@/lib/api/recommend-request";
import { SCORING_METHODS } from "@/lib/domain/scoring/scoring-method";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { DISPLAY_CURRENCIES } from "@/lib/format/money";
import { needsSchema } from "@/lib/needs/needs-schema";
import { consultationFieldsSchema, consultationPatchSchema } from "@/lib/persistence/records";
import { scenarioNameSchema, type ScenarioInput } from "./scenario-input";

/** POST /api/consultations: `{ client, organisation?, advisor?, notes? }`. */
export const createConsultationSchema = consultationFieldsSchema;

/** PATCH /api/consultations/{id}: any of the same fields. */
export const patchConsultationSchema = consultationPatchSchema.refine((p) => Object.keys(p).length > 0, { params: { key: "empty-patch" } });

/** POST /api/consultations/{id}/scenarios: `{ name, needs, weights?, method?, currency? }`, needs as in /api/recommend. */
export const createScenarioSchema = z
  .object({
    name: scenarioNameSchema,
    needs: needsSchema,
    weights: weightsInputSchema.optional(),
    method: z.enum(SCORING_METHODS).default("weighted-sum"),
    currency: z.enum(DISPLAY_CURRENCIES).default("HKD"),
  })
  .strict();

/**
 * PATCH /api/consultations/{id}/scenarios/{scenarioId}: rename, move, or `recompute: true` to
 * replace the frozen result with one computed from today's catalogue.
 */
export const patchScenarioSchema = z
  .object({
    name: scenarioNameSchema.optional(),
    position: z.number().int().min(0).max(10_000).optional(),
    recompute: z.literal(true).optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, { params: { key: "empty-patch" } });

/** The intake form body: the needs only; the client cannot choose anything else. */
export const intakeSubmissionSchema = z.object({ needs: needsSchema }).strict();

/** POST /api/consultations/{id}/intake-links: how long the link stays valid. */
export const INTAKE_DAYS_DEFAULT = 14;
export const createIntakeLinkSchema = z.object({ expiresInDays: z.number().int().min(1).max(90).default(INTAKE_DAYS_DEFAULT) }).strict();

export function scenarioInputFrom(body: z.output<typeof createScenarioSchema>): ScenarioInput {
  return { needs: body.needs, weights: body.weights ?? DEFAULT_WEIGHTS, method: body.method, currency: body.currency };
}
