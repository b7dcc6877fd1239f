import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CATALOGUE_PATHS } from "./catalogue-paths";
import type { RawCatalogueFiles } from "./parse-catalogue";

/**
 * Reads the catalogue's JSON files from a data directory, for scripts (the build gate, the
 * price-sheet import, benchmarks) — the app imports them statically (catalogue.ts). Paths in
 * the result are written "data/…" so error messages read the same as the build's.
 */
export function readCatalogueFiles(dataDir: string): RawCatalogueFiles {
  const read = (rel: string) => ({ path: `data/${rel}`, json: JSON.parse(readFileSync(join(dataDir, rel), "utf8")) as unknown });
  return {
    meta: read(CATALOGUE_PATHS.meta),
    accelerators: read(CATALOGUE_PATHS.accelerators),
    fx: read(CATALOGUE_PATHS.fx),
    subsidies: read(CATALOGUE_PATHS.subsidies),
    offerFiles: CATALOGUE_PATHS.offerFiles.map(read),
  };
}
