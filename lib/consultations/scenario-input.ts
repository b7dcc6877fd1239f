import { z } from "zod";
import { weightsInputSchema } from "@/lib/api/recommend-request";
import { SCORING_METHODS } from "@/lib/domain/scoring/scoring-method";
import { DISPLAY_CURRENCIES } from "@/lib/format/money";
import { needsSchema } from "@/lib/needs/needs-schema";
import { storableText } from "@/lib/persistence/storable-text";
import { tableViewSchema } from "@/lib/url-state/table-view-schema";

/**
 * What a scenario was computed from: the firm's needs, the weights (normalised to sum 1),
 * the ranking method and the display currency — and, when saved from the advisor, the table
 * view the advisor was looking at (pins, sort, filters, hidden columns), so "Open in the
 * advisor" shows the table as it was saved. Stored as it is, so a scenario can be recomputed
 * with a newer catalogue, exported and re-imported. Scenarios saved before the view was kept
 * (and intake or duplicated ones without one) open with the table's default view.
 */
export const scenarioInputSchema = z
  .object({
    needs: needsSchema,
    weights: weightsInputSchema,
    method: z.enum(SCORING_METHODS).default("weighted-sum"),
    currency: z.enum(DISPLAY_CURRENCIES).default("HKD"),
    table: tableViewSchema.optional(),
  })
  .strict();

export type ScenarioInput = z.output<typeof scenarioInputSchema>;

export const SCENARIO_NAME_MAX = 120;
export const scenarioNameSchema = storableText(z.string().trim().min(1).max(SCENARIO_NAME_MAX));

/** Where a scenario came from. */
export const SCENARIO_SOURCES = ["advisor", "intake", "import", "duplicate", "recompute"] as const;
export const scenarioSourceSchema = z.enum(SCENARIO_SOURCES);
export type ScenarioSource = z.infer<typeof scenarioSourceSchema>;
