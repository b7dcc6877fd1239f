/**
 * The closed lists of the needs form, as plain constants: needs-schema.ts builds its zod
 * enums from them, and the form's selects import them from here so the browser does not
 * load zod before the user edits anything.
 */

export const WORKLOADS = ["llm-pretraining", "llm-fine-tuning", "inference", "dl-training", "cpu-hpc"] as const;

/**
 * - "mainland-origin": ordinary personal information collected in the mainland (PIPL export
 *   by standard contract / certification / exemption: a penalty and added lead time outside
 *   the mainland, not an exclusion);
 * - "mainland-important": "important data" or critical-information-infrastructure data
 *   (Data Security Law / PIPL art. 40): mainland options only.
 */
export const DATA_SENSITIVITIES = ["public", "confidential", "personal", "mainland-origin", "mainland-important", "restricted"] as const;

/**
 * Where mainland-origin personal data was collected: "gba" = one of the nine mainland Greater
 * Bay Area cities (the lighter GBA standard-contract route to Hong Kong applies), "other" =
 * elsewhere in the mainland.
 */
export const MAINLAND_DATA_ORIGINS = ["gba", "other"] as const;

export const RESIDENCIES = ["hk-only", "hk-or-mainland", "anywhere"] as const;
