/**
 * The closed lists of the needs form, as plain constants: needs-schema.ts builds its zod
 * enums from them, and the form's selects import them from here so the browser does not
 * load zod before the user edits anything.
 */

export const WORKLOADS = ["llm-pretraining", "llm-fine-tuning", "inference", "dl-training", "cpu-hpc"] as const;

export const DATA_SENSITIVITIES = ["public", "confidential", "personal", "mainland-origin", "restricted"] as const;

export const RESIDENCIES = ["hk-only", "hk-or-mainland", "anywhere"] as const;
