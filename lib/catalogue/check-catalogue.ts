/**
 * Build-time gate (`npm run build` runs it first): parses every catalogue file and prints
 * a one-line summary, or every problem with file, offer and field named and exits 1.
 */
import { CatalogueError } from "./parse-catalogue";

void (async () => {
try {
  const { catalogue } = await import("./catalogue");
  const byFamily = new Map<string, number>();
  for (const o of catalogue.offers) byFamily.set(o.family, (byFamily.get(o.family) ?? 0) + 1);
  const estimates = catalogue.offers.reduce((n, o) => n + o.sources.filter((s) => s.basis === "estimate").reduce((m, s) => m + s.covers.length, 0), 0);
  console.error(
    `catalogue ${catalogue.version}: ${catalogue.offers.length} offers (${[...byFamily].map(([f, n]) => `${f} ${n}`).join(", ")}), ` +
      `${catalogue.accelerators.length} accelerators, ${estimates} estimated figures — valid`,
  );
} catch (e) {
  if (e instanceof CatalogueError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
})();
