/**
 * The catalogue's files, relative to the data directory (`data/` in the repository). One list
 * for the static loader (catalogue.ts), the file reader of the scripts (read-catalogue-files.ts)
 * and the price-sheet import.
 */
export const CATALOGUE_PATHS = {
  meta: "catalogue-meta.json",
  accelerators: "accelerators.json",
  fx: "fx-rates.json",
  subsidies: "subsidies.json",
  offerFiles: ["offers/cloud.json", "offers/mainland-sc.json", "offers/overseas-sc.json", "offers/hk-sc.json"],
  /** The price-update history the import appends to (catalogue-history-schema.ts). */
  history: "catalogue-history.json",
} as const;
