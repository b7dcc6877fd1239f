import { z } from "zod";
import { needsSchema } from "@/lib/needs/needs-schema";
import { DEFAULT_NEEDS } from "@/lib/needs/needs-presets";
import { weightsInputSchema } from "@/lib/api/recommend-request";
import { SCORING_METHODS } from "@/lib/domain/scoring/scoring-method";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { normaliseWeights } from "@/lib/domain/factors";
import { DISPLAY_CURRENCIES } from "@/lib/format/money";
import { SHARE_STATE_VERSION, type ShareState } from "./encode-share-state";

/**
 * The whole advisor state lives in the URL as `?v=<version>&s=<base64url(JSON)>` (the locale
 * is the path's first segment). Old links keep working: each version has a migration to the
 * next; anything unreadable falls back to the defaults with a notice, never a crash.
 * Writing is in encode-share-state.ts (the browser's half).
 */

export const shareStateSchema = z
  .object({
    needs: needsSchema,
    weights: weightsInputSchema,
    currency: z.enum(DISPLAY_CURRENCIES).default("HKD"),
    method: z.enum(SCORING_METHODS).default("weighted-sum"),
  })
  .strict();

export const DEFAULT_SHARE_STATE: ShareState = { needs: DEFAULT_NEEDS, weights: DEFAULT_WEIGHTS, currency: "HKD", method: "weighted-sum" };

/** Migrations: MIGRATIONS[n] turns a version-n payload into version n+1. */
const MIGRATIONS: Record<number, (raw: unknown) => unknown> = {};

function fromBase64Url(s: string): string {
  const b64 = s.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((s.length + 3) % 4);
  const bin = atob(b64);
  return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

export type DecodeResult =
  | { ok: true; state: ShareState; migratedFrom: number | null }
  | { ok: false; state: ShareState; problem: "malformed" | "unknown-version" | "invalid"; issues: z.core.$ZodIssue[] };

/** Reads `v` and `s` from a query string; absent state is not an error (defaults, ok). */
export function decodeShareState(query: { v?: string | null; s?: string | null }): DecodeResult {
  if (!query.s) return { ok: true, state: DEFAULT_SHARE_STATE, migratedFrom: null };
  const version = query.v === undefined || query.v === null ? 1 : Number(query.v);
  if (!Number.isInteger(version) || version < 1 || version > SHARE_STATE_VERSION) {
    return { ok: false, state: DEFAULT_SHARE_STATE, problem: "unknown-version", issues: [] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(fromBase64Url(query.s));
  } catch {
    return { ok: false, state: DEFAULT_SHARE_STATE, problem: "malformed", issues: [] };
  }
  for (let v = version; v < SHARE_STATE_VERSION; v++) {
    const m = MIGRATIONS[v];
    if (m) raw = m(raw);
  }
  const parsed = shareStateSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, state: DEFAULT_SHARE_STATE, problem: "invalid", issues: parsed.error.issues };
  return {
    ok: true,
    state: { ...parsed.data, weights: normaliseWeights(parsed.data.weights) },
    migratedFrom: version < SHARE_STATE_VERSION ? version : null,
  };
}
