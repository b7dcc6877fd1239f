import "server-only";
import { createHash } from "node:crypto";
import { catalogue } from "@/lib/catalogue/catalogue";

/**
 * GET /api/catalogue's body, serialised once per process (the catalogue only changes with a
 * deploy), and its ETag: the catalogue version plus a hash of the body, so a price fixed
 * without a version bump still changes it.
 */
export const CATALOGUE_JSON = JSON.stringify({
  version: catalogue.version,
  reviewedOn: catalogue.reviewedOn,
  referenceModel: catalogue.referenceModel,
  referenceCpuModel: catalogue.referenceCpuModel,
  offers: catalogue.offers,
  accelerators: catalogue.accelerators,
  fx: catalogue.fx,
  subsidies: catalogue.subsidies,
});

/**
 * A strong ETag for a serialised body: `prefix` (if any) and the first `hexChars` of a SHA-256
 * of the body, so any change to the body changes it.
 */
export function bodyEtag(json: string, prefix = "", hexChars = 16): string {
  return `"${prefix}${createHash("sha256").update(json).digest("hex").slice(0, hexChars)}"`;
}

export const CATALOGUE_ETAG = bodyEtag(CATALOGUE_JSON, `${catalogue.version.replace(/[^A-Za-z0-9._-]/g, "_")}-`);

/**
 * Five minutes, for GET /api/catalogue and each offer's evidence: clients revalidate soon after
 * a price update (with the ETag, a 304 costs no body).
 */
export const CATALOGUE_CACHE_CONTROL = "public, max-age=300";

/** Whether an If-None-Match header names `etag` (weak comparison, RFC 9110 §13.1.2; `*` matches). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  const strip = (t: string) => t.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((t) => t.trim() === "*" || strip(t) === strip(etag));
}
