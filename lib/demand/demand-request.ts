import { z } from "zod";
import { TOOLS } from "@/lib/catalogue/catalogue-vocabulary";
import { SUBSIDY_ELIGIBILITIES } from "@/lib/domain/demand/subsidy-eligibility";
import { CENTRE_CONSTANT_RANGE, LAMBDA_RANGE, MAX_API_FIRMS, MAX_SEED } from "./demand-limits";

export { MAX_API_FIRMS };

/** The centre what-if: one schema for the API body, the page's URL state and its form. */
export const centreScenarioSchema = z
  .object({
    priceHkdPerCardHour: z.number().min(0).max(10_000),
    subsidyShare: z.number().min(0).max(1),
    leadTimeDays: z.number().min(0).max(3650),
    capacityAccelerators: z.number().int().min(0).max(1_000_000),
    targetUtilisation: z.number().gt(0).max(1),
    subsidyEligibility: z.enum(SUBSIDY_ELIGIBILITIES).optional(),
    tools: z.array(z.enum(TOOLS)).max(TOOLS.length).optional(),
  })
  .strict();
export type CentreScenarioInput = z.output<typeof centreScenarioSchema>;

export const syntheticPopulationSchema = (maxFirms: number) =>
  z
    .object({
      firms: z.number().int().min(1).max(maxFirms),
      seed: z.number().int().min(0).max(MAX_SEED),
    })
    .strict();

/**
 * POST /api/demand body: `{ population: { synthetic: { firms, seed } }, centre: {…}, lambda?,
 * centreConstant? }`. `centreConstant` null or absent = the calibrated cloud constant.
 */
export const demandRequestSchema = z
  .object({
    population: z.object({ synthetic: syntheticPopulationSchema(MAX_API_FIRMS) }).strict(),
    centre: centreScenarioSchema,
    lambda: z.number().min(LAMBDA_RANGE.min).max(LAMBDA_RANGE.max).optional(),
    centreConstant: z.number().min(CENTRE_CONSTANT_RANGE.min).max(CENTRE_CONSTANT_RANGE.max).nullable().optional(),
  })
  .strict();
export type DemandRequest = z.output<typeof demandRequestSchema>;
