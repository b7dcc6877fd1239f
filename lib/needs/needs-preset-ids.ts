/**
 * The presets a user can load into the form; their values are in needs-presets.json (read by needs-presets.ts). Apart
 * from them because needs-presets.ts runs the needs schema when it loads (DEFAULT_NEEDS),
 * and the form's preset buttons must not pull zod into the page's first-load JavaScript.
 */
export const NEEDS_PRESET_IDS = ["llm-fine-tuning-startup", "cv-training", "inference-service", "university-research"] as const;
export type NeedsPresetId = (typeof NEEDS_PRESET_IDS)[number];
