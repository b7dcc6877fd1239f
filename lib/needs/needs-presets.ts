import type { NeedsPresetId } from "./needs-preset-ids";
import { needsSchema, type Needs, type NeedsInput } from "./needs-schema";

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
 */
export const NEEDS_PRESETS: Record<NeedsPresetId, NeedsInput> = {
  "llm-fine-tuning-startup": {
    workload: "llm-fine-tuning",
    accelerator: { model: "any", minMemoryGb: 40 },
    gpuHoursPerMonth: 2000,
    durationMonths: 6,
    peakGpus: 16,
    multiNode: false,
    storageTb: 20,
    egressTbPerMonth: 2,
    dataSensitivity: "confidential",
    residency: "anywhere",
    organisation: { hkRegistered: true, mainlandEntity: false, university: false },
    budgetHkd: 2_000_000,
    tools: ["jupyter", "containers"],
    supportLanguage: "en",
    subsidies: ["hk-aiss"],
  },
  "cv-training": {
    workload: "dl-training",
    accelerator: { model: "any", minMemoryGb: 24 },
    gpuHoursPerMonth: 800,
    durationMonths: 4,
    peakGpus: 8,
    multiNode: false,
    storageTb: 50,
    egressTbPerMonth: 1,
    dataSensitivity: "confidential",
    residency: "anywhere",
    organisation: { hkRegistered: true, mainlandEntity: false, university: false },
    budgetHkd: 600_000,
    tools: ["containers", "jupyter"],
    supportLanguage: "zh-HK",
    subsidies: [],
  },
  "inference-service": {
    workload: "inference",
    accelerator: { model: "any", minMemoryGb: 24 },
    gpuHoursPerMonth: 5840,
    durationMonths: 12,
    peakGpus: 8,
    multiNode: false,
    storageTb: 5,
    egressTbPerMonth: 10,
    dataSensitivity: "personal",
    residency: "hk-only",
    organisation: { hkRegistered: true, mainlandEntity: false, university: false },
    budgetHkd: null,
    tools: ["containers", "kubernetes", "api"],
    supportLanguage: "en",
    subsidies: [],
  },
  "university-research": {
    workload: "dl-training",
    accelerator: { model: "any", minMemoryGb: 40 },
    gpuHoursPerMonth: 4000,
    durationMonths: 12,
    peakGpus: 32,
    multiNode: true,
    storageTb: 50,
    egressTbPerMonth: 1,
    dataSensitivity: "public",
    residency: "anywhere",
    organisation: { hkRegistered: true, mainlandEntity: false, university: true, memberOf: ["hkust"] },
    budgetHkd: 3_000_000,
    tools: ["slurm", "jupyter"],
    supportLanguage: "en",
    subsidies: ["hk-aiss"],
  },
};

export function needsPreset(id: NeedsPresetId): Needs {
  return needsSchema.parse(NEEDS_PRESETS[id]);
}

/** What the form shows on first load: the fine-tuning startup. */
export const DEFAULT_NEEDS: Needs = needsPreset("llm-fine-tuning-startup");
