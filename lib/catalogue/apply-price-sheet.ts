import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { recommend } from "@/lib/domain/scoring/recommend";
import { NEEDS_PRESET_IDS } from "@/lib/needs/needs-preset-ids";
import { needsPreset } from "@/lib/needs/needs-presets";
import type { HistoryChange, HistoryEntry, HistoryRankChange } from "./catalogue-history-schema";
import type { OfferInput } from "./offer-schema";
import { rangedFigureValue, setRangedFigure } from "./ranged-figure";
import { CatalogueError, parseCatalogue, type Catalogue, type RawCatalogueFiles } from "./parse-catalogue";
import { MONEY_FIGURES, type SheetError, type SheetRow } from "./price-sheet-row";
import { isStale } from "./staleness";

/** One applied change, for the printed diff (history fields plus the figure's new staleness). */
export type SheetChange = HistoryChange & { stale: boolean };

export type SheetResult =
  | { ok: false; errors: SheetError[] }
  | { ok: true; files: RawCatalogueFiles; catalogue: Catalogue; entry: HistoryEntry; changes: SheetChange[] };

type RawOffer = OfferInput & { ranges?: Record<string, { low: number; high: number; reasoning: string }> };
type RawSource = { covers: string[] } & Record<string, unknown>;

/**
 * The next catalogue version for a change made on `today`: "YYYY.MM.DD", or with a ".2", ".3"…
 * suffix when the current version is already today's.
 */
export function nextVersion(current: string, today: string): string {
  const base = today.replaceAll("-", ".");
  if (current !== base && !current.startsWith(`${base}.`)) return base;
  const n = current === base ? 1 : Number(current.slice(base.length + 1));
  return `${base}.${Number.isInteger(n) ? n + 1 : 2}`;
}

/** Ranks of every ranked offer for each of the four needs presets, study-ranking weights. */
function presetRanks(cat: Catalogue, referenceDate: string): Map<string, Map<string, number>> {
  return new Map(
    NEEDS_PRESET_IDS.map((id) => [
      id,
      new Map(recommend(needsPreset(id), DEFAULT_WEIGHTS, cat, { referenceDate }).ranked.map((r) => [r.offerId, r.rank])),
    ]),
  );
}

function rankChanges(before: Catalogue, after: Catalogue, referenceDate: string): HistoryRankChange[] {
  const a = presetRanks(before, referenceDate);
  const b = presetRanks(after, referenceDate);
  const out: HistoryRankChange[] = [];
  for (const preset of NEEDS_PRESET_IDS) {
    const ra = a.get(preset) ?? new Map<string, number>();
    const rb = b.get(preset) ?? new Map<string, number>();
    for (const id of [...new Set([...ra.keys(), ...rb.keys()])].sort()) {
      const x = ra.get(id) ?? null;
      const y = rb.get(id) ?? null;
      if (x !== y) out.push({ preset, offerId: id, before: x, after: y });
    }
  }
  return out;
}

/**
 * Applies parsed sheet rows to the raw catalogue files (pure: returns new file contents).
 * Each row sets one figure, replaces that figure's sources by the row's source (the path is
 * removed from the older sources' `covers`; a source left covering nothing is dropped), and
 * sets the figure's range from low/high — or removes it for a non-estimate row without one
 * (vendor figures carry no range). The whole catalogue is then parsed with the same schema as
 * the build; any problem refuses the sheet, attributed to the rows of the offer it names.
 * `today` dates the estimate's `madeOn`, the version bump and the staleness shown.
 */
export function applyPriceSheet(files: RawCatalogueFiles, rows: readonly SheetRow[], today: string, sheetName: string): SheetResult {
  const before = parseCatalogue(files);
  const next: RawCatalogueFiles = structuredClone(files);
  const errors: SheetError[] = [];
  const seen = new Map<string, number>();
  const changes: SheetChange[] = [];
  const lineOf = (i: number) => i + 2;

  rows.forEach((row, i) => {
    const line = lineOf(i);
    const key = `${row.offerId} ${row.figure}`;
    const dup = seen.get(key);
    if (dup !== undefined) {
      errors.push({ line, column: "figure", reason: `${row.figure} of ${row.offerId} is already set on line ${dup}` });
      return;
    }
    seen.set(key, line);
    const old = before.offers.find((o) => o.id === row.offerId);
    const file = next.offerFiles.find((f) => ((f.json as { offers: RawOffer[] }).offers ?? []).some((o) => o.id === row.offerId));
    if (!old || !file) {
      errors.push({ line, column: "offerId", reason: `no offer "${row.offerId}" in the catalogue` });
      return;
    }
    const money = MONEY_FIGURES.includes(row.figure);
    if (money && row.currency !== old.price.currency) {
      errors.push({
        line,
        column: "currency",
        reason: `${row.offerId} is priced in ${old.price.currency}, not ${row.currency ?? "(empty)"}`,
      });
      return;
    }
    if (row.asOf > today) {
      errors.push({ line, column: "asOf", reason: `${row.asOf} is after today (${today})` });
      return;
    }
    const offer = (file.json as { offers: RawOffer[] }).offers.find((o) => o.id === row.offerId)!;
    setRangedFigure(offer, row.figure, row.value);
    const sources: RawSource[] = (offer.sources as RawSource[])
      .map((s) => ({ ...s, covers: s.covers.filter((c) => c !== row.figure) }))
      .filter((s) => s.covers.length > 0);
    sources.push({
      url: row.sourceUrl,
      asOf: row.asOf,
      basis: row.basis,
      covers: [row.figure],
      ...(row.note !== "" ? { note: row.note } : {}),
      ...(row.basis === "estimate" ? { madeOn: today } : {}),
    });
    offer.sources = sources as OfferInput["sources"];
    const ranges = { ...(offer.ranges ?? {}) };
    if (row.low !== undefined && row.high !== undefined) {
      ranges[row.figure] = {
        low: row.low,
        high: row.high,
        reasoning: row.note.length >= 20 ? row.note : `band published by the source (${row.sourceUrl})`,
      };
    } else delete ranges[row.figure];
    if (Object.keys(ranges).length > 0) offer.ranges = ranges;
    else delete offer.ranges;

    const oldValue = rangedFigureValue(old, row.figure);
    changes.push({
      offerId: row.offerId,
      figure: row.figure,
      oldValue,
      newValue: row.value,
      currency: money ? old.price.currency : null,
      changePct: oldValue === 0 ? null : Math.round(((row.value - oldValue) / oldValue) * 10_000) / 100,
      asOf: row.asOf,
      basis: row.basis,
      sourceUrl: row.sourceUrl,
      stale: isStale(row.asOf, today),
    });
  });
  if (rows.length === 0) errors.push({ line: 1, column: "(sheet)", reason: "the sheet has no rows" });
  if (errors.length > 0) return { ok: false, errors };

  const meta = next.meta.json as { version: string };
  const version = nextVersion(before.version, today);
  next.meta = { ...next.meta, json: { ...meta, version } };
  let after: Catalogue;
  try {
    after = parseCatalogue(next);
  } catch (e) {
    if (!(e instanceof CatalogueError)) throw e;
    // Name the row(s) of the offer each problem is about; a problem naming no offer goes on every row.
    const out: SheetError[] = [];
    for (const problem of e.problems) {
      const hits = rows.map((r, i) => ({ r, i })).filter(({ r }) => problem.includes(`offer "${r.offerId}"`));
      for (const { i } of hits.length > 0 ? hits : rows.map((r, i) => ({ r, i })))
        out.push({ line: lineOf(i), column: "value", reason: problem });
    }
    return { ok: false, errors: out };
  }
  const entry: HistoryEntry = {
    version,
    previousVersion: before.version,
    appliedOn: today,
    sheet: sheetName,
    changes: changes.map(({ stale: _stale, ...c }) => c),
    rankChanges: rankChanges(before, after, today),
  };
  return { ok: true, files: next, catalogue: after, entry, changes };
}
