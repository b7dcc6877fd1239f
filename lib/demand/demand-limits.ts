/**
 * Limits of the demand inputs, as plain constants (no zod) so the page's form can import
 * them without loading the schema; demand-request.ts and demand-url-state.ts build their
 * zod schemas from them.
 */

/**
 * Largest synthetic population `POST /api/demand` accepts. 20,000 firms (~43,000 workloads)
 * score in well under a second on one core; larger populations run in the browser (the
 * demand page's Web Worker takes up to MAX_PAGE_FIRMS) so one request cannot hold a server core.
 */
export const MAX_API_FIRMS = 20_000;
/**
 * Most rows (workloads) `POST /api/demand` accepts in `population.rows`: at most about 4 MB of
 * JSON with every column filled, within the route's body limit (DEMAND_MAX_BODY_BYTES), and
 * scored in well under a second. Larger files go through the page's CSV import.
 */
export const MAX_API_ROWS = 5_000;
/** Largest POST /api/demand body in bytes (room for MAX_API_ROWS full rows). */
export const DEMAND_MAX_BODY_BYTES = 4 * 1024 * 1024;
/** Largest population the demand page generates or imports (rows of a CSV file too). */
export const MAX_PAGE_FIRMS = 200_000;
/**
 * Ranges of the centre what-if's numeric controls: the API's and the URL's schema
 * (centreScenarioSchema) and the page's fields read them. `integer`: whole numbers only;
 * `exclusiveMin`: the minimum itself is refused (a utilisation of 0 sells nothing).
 */
export const CENTRE_LIMITS = {
  priceHkdPerCardHour: { min: 0, max: 10_000 },
  subsidyShare: { min: 0, max: 1 },
  leadTimeDays: { min: 0, max: 3650 },
  capacityAccelerators: { min: 0, max: 1_000_000, integer: true },
  targetUtilisation: { min: 0, max: 1, exclusiveMin: true },
} as const;
export type CentreNumberField = keyof typeof CENTRE_LIMITS;
/** λ range (per point of the engine's 0–100 total). 0 = every available option equally likely. */
export const LAMBDA_RANGE = { min: 0, max: 1 } as const;
/** Range of a user-set centre constant (the calibrated constants are about −10 to 0). */
export const CENTRE_CONSTANT_RANGE = { min: -30, max: 30 } as const;
/** Largest seed (a 31-bit integer). */
export const MAX_SEED = 2_147_483_647;

/** Longest name of a saved demand scenario, in characters: the page's field (maxLength) and the stored record's schema read it. */
export const DEMAND_SCENARIO_NAME_MAX = 120;
