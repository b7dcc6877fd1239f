/**
 * Build-time gate (`npm run build` runs it first): parses every catalogue file and prints
 * a one-line summary, or every problem with file, offer and field named and exits 1.
 */
import { resolve } from "node:path";
import { CatalogueError, parseCatalogue } from "./parse-catalogue";
import { readCatalogueFiles } from "./read-catalogue-files";

void (async () => {
  try {
    // Reads the files (the app's catalogue.ts is server-only and imports them statically).
    const catalogue = await Promise.resolve().then(() => parseCatalogue(readCatalogueFiles(resolve("data"))));
    const byFamily = new Map<string, number>();
    for (const o of catalogue.offers) byFamily.set(o.family, (byFamily.get(o.family) ?? 0) + 1);
    // A figure (offer × field) counts as estimated when every source covering it is an estimate.
    let figures = 0;
    let estimates = 0;
    for (const o of catalogue.offers) {
      for (const path of new Set(o.sources.flatMap((s) => s.covers))) {
        figures++;
        if (o.sources.every((s) => !s.covers.includes(path) || s.basis === "estimate")) estimates++;
      }
    }
    // Price basis of each offer: the basis of the newest source covering its price (figureAsOf's rule).
    const priceBasis = new Map<string, number>();
    for (const o of catalogue.offers) {
      const newest = o.sources.filter((x) => x.covers.includes("price.perAcceleratorHour")).sort((a, b) => (a.asOf < b.asOf ? 1 : -1))[0];
      if (newest) priceBasis.set(newest.basis, (priceBasis.get(newest.basis) ?? 0) + 1);
    }
    console.error(
      `catalogue ${catalogue.version}: ${catalogue.offers.length} offers (${[...byFamily].map(([f, n]) => `${f} ${n}`).join(", ")}), ` +
        `${catalogue.accelerators.length} accelerators, ${estimates} of ${figures} offer figures rest only on estimates, ` +
        `price basis ${[...priceBasis]
          .sort()
          .map(([b, n]) => `${b} ${n}`)
          .join(", ")} — valid`,
    );
  } catch (e) {
    if (e instanceof CatalogueError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
})();
