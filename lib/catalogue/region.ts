import type { REGIONS } from "./catalogue-vocabulary";

export type Region = (typeof REGIONS)[number];

/**
 * Where an offer keeps the data, for the region filter: Hong Kong, the mainland (jurisdiction
 * CN) or overseas (every other jurisdiction). Derived from the jurisdiction so it cannot disagree.
 */
export function regionOf(jurisdiction: string): Region {
  return jurisdiction === "HK" ? "hk" : jurisdiction === "CN" ? "mainland" : "overseas";
}
