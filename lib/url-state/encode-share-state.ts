import { compressToEncodedURIComponent } from "lz-string";
import type { SCORING_METHODS } from "@/lib/domain/scoring/scoring-method";
import type { Weights } from "@/lib/domain/factors";
import type { DisplayCurrency } from "@/lib/format/money";
import type { Needs } from "@/lib/needs/needs-schema";
import { DEFAULT_TABLE_VIEW, type TableView } from "./table-view";

/*
 * The writing half of the share-state codec (share-state.ts reads). Apart because the
 * browser only ever writes: reading validates with zod on the server, and keeping the two
 * in one module would put zod in the advisor's first-load JavaScript.
 */

/**
 * The current version of `?v=`; share-state.ts migrates older links up to it.
 * v1: `s` = base64url(JSON). v2: `s` = lz-string's URI-safe compression of the JSON — a state
 * with many price overrides made 18 KB v1 links, past Node's 16 KiB header limit (answered
 * 431). lz-string rather than DEFLATE: the whole library is ~2 kB gzip in the advisor's
 * first-load JavaScript, where fflate (not tree-shaken by the bundler) added ~10 kB.
 * v3: the same transport; the payload gains `table` (pins, sort, filters, hidden columns), so a
 * link reproduces the table its sender saw, not only the ranking.
 */
export const SHARE_STATE_VERSION = 3;

export type ShareState = {
  needs: Needs;
  weights: Weights;
  currency: DisplayCurrency;
  method: (typeof SCORING_METHODS)[number];
  table: TableView;
};

/**
 * The query string `v=<version>&s=<compressed JSON>` for a state. Links made outside the
 * advisor's table (what-if hints, saved scenarios) may leave `table` out: they open the
 * table as it first appears.
 */
export function encodeShareState(state: Omit<ShareState, "table"> & { table?: TableView }): string {
  const { needs, weights, currency, method, table = DEFAULT_TABLE_VIEW } = state;
  const payload: ShareState = { needs, weights, currency, method, table };
  const params = new URLSearchParams({ v: String(SHARE_STATE_VERSION), s: compressToEncodedURIComponent(JSON.stringify(payload)) });
  return params.toString();
}
