import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { catalogueHistorySchema } from "@/lib/catalogue/catalogue-history-schema";
import { CATALOGUE_PATHS } from "@/lib/catalogue/catalogue-paths";
import { parseCatalogue } from "@/lib/catalogue/parse-catalogue";
import { readCatalogueFiles } from "@/lib/catalogue/read-catalogue-files";

/*
 * The one list of the catalogue's files (relative to data/), shared by the scripts' reader, the
 * build gate and the price-sheet import; the app imports the same files statically. A file
 * missing from the list would be validated by neither the build gate nor the import.
 */
const DATA = join(__dirname, "../../../data");

describe("CATALOGUE_PATHS", () => {
  const listed = [
    CATALOGUE_PATHS.meta,
    CATALOGUE_PATHS.accelerators,
    CATALOGUE_PATHS.fx,
    CATALOGUE_PATHS.subsidies,
    ...CATALOGUE_PATHS.offerFiles,
    CATALOGUE_PATHS.history,
  ];

  it("names files that exist, each once, as relative paths", () => {
    expect(new Set(listed).size).toBe(listed.length);
    for (const rel of listed) {
      expect(rel, rel).not.toMatch(/^\/|\.\.|\\|^data\//);
      expect(existsSync(join(DATA, rel)), rel).toBe(true);
    }
  });

  it("lists every offer file in data/offers (none left out of the build gate)", () => {
    const onDisk = readdirSync(join(DATA, "offers"))
      .filter((f) => f.endsWith(".json"))
      .map((f) => `offers/${f}`)
      .sort();
    expect([...CATALOGUE_PATHS.offerFiles].sort()).toEqual(onDisk);
  });

  it("lists every JSON file at the top of data/", () => {
    const onDisk = readdirSync(DATA)
      .filter((f) => f.endsWith(".json"))
      .sort();
    const top = listed.filter((p) => !p.includes("/")).sort();
    expect(top).toEqual(onDisk);
  });

  it("read through the list, the files give the very catalogue the app imports statically", () => {
    expect(parseCatalogue(readCatalogueFiles(DATA))).toEqual(catalogue);
  });

  it("the history file is a valid price-update history", () => {
    const history = JSON.parse(readFileSync(join(DATA, CATALOGUE_PATHS.history), "utf8")) as unknown;
    expect(catalogueHistorySchema.safeParse(history).success).toBe(true);
  });
});
