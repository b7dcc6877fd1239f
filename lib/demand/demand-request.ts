import { z } from "zod";
import { TOOLS } from "@/lib/catalogue/catalogue-vocabulary";
import { SUBSIDY_ELIGIBILITIES } from "@/lib/domain/demand/subsidy-eligibility";
import { CENTRE_CONSTANT_RANGE, CENTRE_LIMITS, LAMBDA_RANGE, MAX_API_FIRMS, MAX_API_ROWS, MAX_SEED } from "./demand-limits";
import { populationRowsSchema } from "./population-row-schema";

export { MAX_API_FIRMS, MAX_API_ROWS };

/** The centre what-if: one schema for the API body, the page's URL state and its form. */
export const centreScenarioSchema = z
  .object({
    priceHkdPerCardHour: z.number().min(CENTRE_LIMITS.priceHkdPerCardHour.min).max(CENTRE_LIMITS.priceHkdPerCardHour.max),
    subsidyShare: z.number().min(CENTRE_LIMITS.subsidyShare.min).max(CENTRE_LIMITS.subsidyShare.max),
    leadTimeDays: z.number().min(CENTRE_LIMITS.leadTimeDays.min).max(CENTRE_LIMITS.leadTimeDays.max),
    capacityAccelerators: z.number().int().min(CENTRE_LIMITS.capacityAccelerators.min).max(CENTRE_LIMITS.capacityAccelerators.max),
    targetUtilisation: z.number().gt(CENTRE_LIMITS.targetUtilisation.min).max(CENTRE_LIMITS.targetUtilisation.max),
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

/** The population sources of the API, exactly one per request. */
export const POPULATION_SOURCES = ["synthetic", "rows", "consultations"] as const;

/**
 * `population`: exactly one of `synthetic: { firms, seed }`, `rows: [ … ]` (the CSV import's
 * columns per row, ≤ MAX_API_ROWS) or `consultations: {}` (the saved consultations, anonymised;
 * advisor session required). Each source's fields are checked in full, so a 400 names them all.
 */
export const populationSchema = z
  .object({
    synthetic: syntheticPopulationSchema(MAX_API_FIRMS).optional(),
    rows: populationRowsSchema.optional(),
    consultations: z.object({}).strict().optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const given = POPULATION_SOURCES.filter((k) => p[k] !== undefined);
    if (given.length !== 1)
      ctx.addIssue({ code: "custom", path: given.length === 0 ? [] : [given[1]!], params: { key: "demand-one-population" } });
  });

/**
 * POST /api/demand body: `{ population, centre: {…}, lambda?, centreConstant? }`.
 * `centreConstant` null or absent = the calibrated cloud constant.
 */
export const demandRequestSchema = z
  .object({
    population: populationSchema,
    centre: centreScenarioSchema,
    lambda: z.number().min(LAMBDA_RANGE.min).max(LAMBDA_RANGE.max).optional(),
    centreConstant: z.number().min(CENTRE_CONSTANT_RANGE.min).max(CENTRE_CONSTANT_RANGE.max).nullable().optional(),
  })
  .strict();
export type DemandRequest = z.output<typeof demandRequestSchema>;
