import type { NeedsPresetId } from "./needs-preset-ids";
import { needsSchema, type Needs } from "./needs-schema";
import presets from "./needs-presets.json";

/**
 * Starting points a user can load into the form. The numbers are realistic sizes, not data:
 * - LLM fine-tuning startup: LoRA/full fine-tunes of a 7–70B model on 16 GPUs for half a year
 *   (2,000 H100-hours a month ≈ 16 GPUs × 5 days), Hong Kong personal data kept in HK.
 * - Computer-vision training: a team retraining detection/segmentation models on 8 GPUs.
 * - Inference service: 8 GPUs serving around the clock (8 × 730 h = 5,840 h a month), a year.
 * - University research group: a Hong Kong university lab (a member of HKUST, which opens the
 *   HKUST(GZ) cluster) training models for a grant-funded project: 32 GPUs across 4 nodes at peak,
 *   4,000 GPU-hours a month (about 5–6 GPUs busy on average) for a year, public research data,
 *   a HK$3m compute budget from the grant. A Hong Kong university is a Hong Kong body, so
 *   "Hong Kong-registered" is ticked; no mainland entity.
 * The form shows the same assumptions next to the preset buttons (advisor.presets.notes.*).
 * The values are data (needs-presets.json, one entry per NEEDS_PRESET_IDS id), parsed here with
 * the needs schema like any other input, so a preset the schema refuses fails on load.
 */
const NEEDS_PRESETS: Record<NeedsPresetId, unknown> = presets;

/** A preset, parsed with the needs schema like any other input (defaults filled in). */
export function needsPreset(id: NeedsPresetId): Needs {
  return needsSchema.parse(NEEDS_PRESETS[id]);
}

/** What the form shows on first load: the fine-tuning startup. */
export const DEFAULT_NEEDS: Needs = needsPreset("llm-fine-tuning-startup");
