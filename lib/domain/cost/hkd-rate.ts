import type { Currency, FxFile } from "@/lib/catalogue/offer-schema";

/** HKD per one unit of `currency` from the dated FX file (HKD itself is 1). Throws for a missing rate (a catalogue bug). */
export function hkdRate(currency: Currency, fx: FxFile): number {
  if (currency === "HKD") return 1;
  const rate = fx.hkdPer[currency];
  if (rate === undefined) throw new Error(`no FX rate for ${currency}`);
  return rate;
}
