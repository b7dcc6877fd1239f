import { deflateSync } from "fflate";
import type { SCORING_METHODS } from "@/lib/domain/scoring/scoring-methods";
import type { Weights } from "@/lib/domain/weights/weight-presets";
import type { DisplayCurrency } from "@/lib/format/money";
import type { Needs } from "@/lib/needs/needs-schema";

/*
 * The writing half of the share-state codec (share-state.ts reads). Apart because the
 * browser only ever writes: reading validates with zod on the server, and keeping the two
 * in one module would put zod in the advisor's first-load JavaScript.
 */

/**
 * The current version of `?v=`; share-state.ts migrates older links up to it.
 * v1: `s` = base64url(JSON). v2: `s` = base64url(raw DEFLATE(JSON)) — a state with many
 * price overrides made 18 KB v1 links, past Node's 16 KiB header limit (answered 431).
 */
export const SHARE_STATE_VERSION = 2;

export type ShareState = { needs: Needs; weights: Weights; currency: DisplayCurrency; method: (typeof SCORING_METHODS)[number] };

export function toBase64Url(bytes: Uint8Array): string {
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The query string `v=<version>&s=<base64url(deflate(JSON))>` for a state. */
export function encodeShareState(state: ShareState): string {
  const json = new TextEncoder().encode(JSON.stringify(state));
  const params = new URLSearchParams({ v: String(SHARE_STATE_VERSION), s: toBase64Url(deflateSync(json, { level: 9 })) });
  return params.toString();
}
