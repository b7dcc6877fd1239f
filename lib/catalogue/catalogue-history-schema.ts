import { z } from "zod";
import { NEEDS_PRESET_IDS } from "@/lib/needs/needs-preset-ids";
import { currencySchema, rangePathSchema, sourceBasisSchema } from "./offer-schema";

const isoDate = z.iso.date();
const offerId = z.string().min(1);
/** A rank in a preset's ranking; null = not ranked (excluded). */
const rankOrNull = z.number().int().positive().nullable();

/** One figure a price sheet changed. `changePct` is null when the old value was 0. */
export const historyChangeSchema = z
  .object({
    offerId,
    /** A price-sheet figure: one of the rangeable figure paths. */
    figure: rangePathSchema,
    oldValue: z.number(),
    newValue: z.number(),
    /** The figure's currency (null for days and counts). */
    currency: currencySchema.nullable(),
    changePct: z.number().nullable(),
    asOf: isoDate,
    basis: sourceBasisSchema,
    sourceUrl: z.url(),
  })
  .strict();
export type HistoryChange = z.infer<typeof historyChangeSchema>;

/** How one needs preset's ranking of an offer moved. */
export const historyRankChangeSchema = z
  .object({ preset: z.enum(NEEDS_PRESET_IDS), offerId, before: rankOrNull, after: rankOrNull })
  .strict();
export type HistoryRankChange = z.infer<typeof historyRankChangeSchema>;

/** One applied price sheet: the version it produced, from which version, and what changed. */
export const historyEntrySchema = z
  .object({
    version: z.string().min(1),
    previousVersion: z.string().min(1),
    appliedOn: isoDate,
    /** File name of the sheet (no directory). */
    sheet: z.string().min(1),
    changes: z.array(historyChangeSchema).min(1),
    rankChanges: z.array(historyRankChangeSchema),
  })
  .strict();
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** data/catalogue-history.json: entries oldest first; the import appends. */
export const catalogueHistorySchema = z.object({ entries: z.array(historyEntrySchema) }).strict();
export type CatalogueHistory = z.infer<typeof catalogueHistorySchema>;

/**
 * The entries after `version` (exclusive), oldest first — "what changed since version X".
 * Empty when `version` is the latest; every entry when `version` is not in the history.
 */
export function changesSince(history: CatalogueHistory, version: string): HistoryEntry[] {
  const i = history.entries.findIndex((e) => e.version === version);
  return i < 0 ? history.entries : history.entries.slice(i + 1);
}
