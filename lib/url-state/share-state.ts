import { decompressFromEncodedURIComponent } from "lz-string";
import { z } from "zod";
import { catalogue as defaultCatalogue } from "@/lib/catalogue/catalogue";
import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import { checkNeedsReferences } from "@/lib/api/recommend-request";
import { needsSchema } from "@/lib/needs/needs-schema";
import { DEFAULT_NEEDS } from "@/lib/needs/needs-presets";
import { weightsInputSchema } from "@/lib/api/recommend-request";
import { SCORING_METHODS } from "@/lib/domain/scoring/scoring-method";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { normaliseWeights } from "@/lib/domain/factors";
import { DISPLAY_CURRENCIES } from "@/lib/format/money";
import { SHARE_STATE_VERSION, type ShareState } from "./encode-share-state";
import { DEFAULT_TABLE_VIEW, type TableViewField } from "./table-view";
import { readTableView, tableViewInputSchema, tableViewSchema, type TableViewIds } from "./table-view-schema";

/**
 * The whole advisor state lives in the URL as `?v=<version>&s=<payload>` (the locale is the
 * path's first segment). Old links keep working: each version has a reader for its transport
 * (v1 base64url JSON, v2 and v3 lz-string) and a migration of its payload to the next;
 * anything unreadable, invalid or naming needs ids the catalogue lacks falls back to the
 * defaults with a notice, never a crash. The table view (v3) is more forgiving: a pinned
 * offer, column or filter value this version does not know is dropped with a notice, and the
 * rest of the link still opens. Writing is in encode-share-state.ts (the browser's half).
 */

const stateFields = {
  needs: needsSchema,
  weights: weightsInputSchema,
  currency: z.enum(DISPLAY_CURRENCIES).default("HKD"),
  method: z.enum(SCORING_METHODS).default("weighted-sum"),
};

/** A link's payload once migrated to the current version, before its table view's values are checked. */
const shareStateInputSchema = z.object({ ...stateFields, table: tableViewInputSchema.default(DEFAULT_TABLE_VIEW) }).strict();

/** A decoded state, as the advisor receives it (every table-view value known, every list unique). */
export const shareStateSchema = z.object({ ...stateFields, table: tableViewSchema }).strict();

export const DEFAULT_SHARE_STATE: ShareState = {
  needs: DEFAULT_NEEDS,
  weights: DEFAULT_WEIGHTS,
  currency: "HKD",
  method: "weighted-sum",
  table: DEFAULT_TABLE_VIEW,
};

const isRecord = (raw: unknown): raw is Record<string, unknown> => typeof raw === "object" && raw !== null && !Array.isArray(raw);

/**
 * Migrations: MIGRATIONS[n] turns a version-n payload into version n+1.
 * v1 → v2 changed only the transport. v2 → v3 adds the table view: a v2 link opened the
 * table ranked best first with nothing pinned, filtered or hidden, so that is what it gets
 * (a v2 payload that already has a `table` key was never written by v2 and is left for the
 * schema to judge).
 */
const MIGRATIONS: Record<number, (raw: unknown) => unknown> = {
  1: (raw) => raw,
  2: (raw) => (isRecord(raw) && !("table" in raw) ? { ...raw, table: DEFAULT_TABLE_VIEW } : raw),
};

/**
 * Longest `s` read, in characters: well above the longest valid state (see
 * tests/unit/url-state/share-state-limits.test.ts) and below Node's 16 KiB header limit. It
 * also bounds what decompression can produce (LZ output grows at most quadratically in the
 * input: a few MB from 12,000 characters, refused below).
 */
export const MAX_SHARE_PARAM_CHARS = 12_000;
/** Largest decompressed JSON accepted. */
export const MAX_STATE_JSON_CHARS = 64 * 1024;

function fromBase64Url(s: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) throw new Error("not base64url");
  const b64 = s.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((s.length + 3) % 4);
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

const utf8 = (bytes: Uint8Array) => new TextDecoder("utf-8", { fatal: true }).decode(bytes);

function decompressBounded(s: string): string {
  // URLSearchParams turns "+" (in lz-string's alphabet) into a space; put it back.
  const json = decompressFromEncodedURIComponent(s.replace(/ /g, "+"));
  // lz-string answers "" or null for input it cannot read.
  if (!json) throw new Error("not lz-string");
  if (json.length > MAX_STATE_JSON_CHARS) throw new Error("state too large");
  return json;
}

/** Each version's transport: `s` → the payload's JSON text. */
const READERS: Record<number, (s: string) => string> = {
  1: (s) => utf8(fromBase64Url(s)),
  2: decompressBounded,
  3: decompressBounded,
};

// Built once per catalogue: the server decodes a link on every advisor request.
const TABLE_VIEW_IDS = new WeakMap<Catalogue, TableViewIds>();
function tableViewIdsOf(cat: Catalogue): TableViewIds {
  let ids = TABLE_VIEW_IDS.get(cat);
  if (!ids) {
    ids = { offerIds: new Set(cat.offers.map((o) => o.id)), acceleratorIds: new Set(cat.accelerators.map((a) => a.id)) };
    TABLE_VIEW_IDS.set(cat, ids);
  }
  return ids;
}

export type DecodeResult =
  /** `dropped`: the table-view fields from which unknown, repeated or surplus entries were left out. */
  | { ok: true; state: ShareState; migratedFrom: number | null; dropped: TableViewField[] }
  | { ok: false; state: ShareState; problem: "malformed" | "unknown-version" | "invalid"; issues: z.core.$ZodIssue[] };

/**
 * Reads `v` and `s` from a query string; absent state is not an error (defaults, ok). The
 * ids a state's needs name are checked against `cat` exactly as the API checks a request body
 * (`checkNeedsReferences`): a link naming accelerator "zzz" is invalid, not an empty table.
 * Its table view is checked against the same catalogue's offers and accelerators (`readTableView`).
 */
export function decodeShareState(query: { v?: string | null; s?: string | null }, cat: Catalogue = defaultCatalogue): DecodeResult {
  if (!query.s) return { ok: true, state: DEFAULT_SHARE_STATE, migratedFrom: null, dropped: [] };
  const version = query.v === undefined || query.v === null ? 1 : Number(query.v);
  if (!Number.isInteger(version) || version < 1 || version > SHARE_STATE_VERSION) {
    return { ok: false, state: DEFAULT_SHARE_STATE, problem: "unknown-version", issues: [] };
  }
  let raw: unknown;
  try {
    if (query.s.length > MAX_SHARE_PARAM_CHARS) throw new Error("state too long");
    raw = JSON.parse(READERS[version]!(query.s));
    for (let v = version; v < SHARE_STATE_VERSION; v++) {
      const m = MIGRATIONS[v];
      if (m) raw = m(raw);
    }
  } catch {
    return { ok: false, state: DEFAULT_SHARE_STATE, problem: "malformed", issues: [] };
  }
  const parsed = shareStateInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, state: DEFAULT_SHARE_STATE, problem: "invalid", issues: parsed.error.issues };
  const refs = checkNeedsReferences(parsed.data.needs, cat, ["needs"]);
  if (refs.length > 0) return { ok: false, state: DEFAULT_SHARE_STATE, problem: "invalid", issues: refs };
  const table = readTableView(parsed.data.table, tableViewIdsOf(cat));
  return {
    ok: true,
    state: { ...parsed.data, weights: normaliseWeights(parsed.data.weights), table: table.view },
    migratedFrom: version < SHARE_STATE_VERSION ? version : null,
    dropped: table.dropped,
  };
}
