import { z } from "zod";
import { TOOLS } from "@/lib/catalogue/catalogue-vocabulary";
import { SUBSIDY_ELIGIBILITIES } from "@/lib/domain/demand/centre-scenario";

/**
 * Largest synthetic population `POST /api/demand` accepts. 20,000 firms (~43,000 workloads)
 * score in well under a second on one core; larger populations run in the browser (the
 * demand page's Web Worker takes up to MAX_PAGE_FIRMS) so one request cannot hold a server core.
 */
export const MAX_API_FIRMS = 20_000;
/** Largest population the demand page generates or imports. */
export const MAX_PAGE_FIRMS = 200_000;
/** λ range (per point of the engine's 0–100 total). 0 = every available option equally likely. */
export const LAMBDA_RANGE = { min: 0, max: 1 } as const;
/** Range of a user-set centre constant (the calibrated constants are about −10 to 0). */
export const CENTRE_CONSTANT_RANGE = { min: -30, max: 30 } as const;

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
      seed: z.number().int().min(0).max(2_147_483_647),
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
