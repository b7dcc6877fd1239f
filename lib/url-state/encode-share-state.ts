import type { SCORING_METHODS } from "@/lib/domain/scoring/scoring-method";
import type { Weights } from "@/lib/domain/factors";
import type { DisplayCurrency } from "@/lib/format/money";
import type { Needs } from "@/lib/needs/needs-schema";

/*
 * The writing half of the share-state codec (share-state.ts reads). Apart because the
 * browser only ever writes: reading validates with zod on the server, and keeping the two
 * in one module would put zod in the advisor's first-load JavaScript.
 */

/** The current version of `?v=`; share-state.ts migrates older links up to it. */
export const SHARE_STATE_VERSION = 1;

export type ShareState = { needs: Needs; weights: Weights; currency: DisplayCurrency; method: (typeof SCORING_METHODS)[number] };

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The query string `v=<version>&s=<base64url(JSON)>` for a state. */
export function encodeShareState(state: ShareState): string {
  const params = new URLSearchParams({ v: String(SHARE_STATE_VERSION), s: toBase64Url(JSON.stringify(state)) });
  return params.toString();
}
