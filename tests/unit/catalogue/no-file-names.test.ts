import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";

/**
 * This repository's own files or working notes named in text a user reads ("data/README.md",
 * "providers.md gap 1", "docs/…md"). A third-party source's file (a scraped price table) may be
 * named: it is where a figure came from.
 */
const FILE_NAME =
  /\bREADME\b|providers\.md|methods\.md|mcda-cases|\bdocs\/[\w-]+\.md|\bdata\/(?:offers|accelerators|subsidies|fx-rates|catalogue-[\w-]+)\b|\bgap \d/i;

/** Every string under `x` with its path, skipping URLs (a source's address is meant to be shown). */
function strings(x: unknown, at: string[] = []): [string, string][] {
  if (typeof x === "string") return /^https?:\/\//.test(x) ? [] : [[at.join("."), x]];
  if (Array.isArray(x)) return x.flatMap((v, i) => strings(v, [...at, String(i)]));
  if (x && typeof x === "object") return Object.entries(x).flatMap(([k, v]) => strings(v, [...at, k]));
  return [];
}

describe("user-visible text names no internal file", () => {
  it("catalogue notes, reasoning and source notes", () => {
    const hits = strings({ offers: catalogue.offers, subsidies: catalogue.subsidies, accelerators: catalogue.accelerators }).filter(([, s]) =>
      FILE_NAME.test(s),
    );
    expect(hits).toEqual([]);
  });

  it("every message file in every language", () => {
    const root = path.join(process.cwd(), "lib/i18n/messages");
    const hits: [string, string][] = [];
    for (const locale of readdirSync(root)) {
      for (const file of readdirSync(path.join(root, locale)).filter((f) => f.endsWith(".json"))) {
        const json: unknown = JSON.parse(readFileSync(path.join(root, locale, file), "utf8"));
        hits.push(...strings(json, [locale, file]).filter(([, s]) => FILE_NAME.test(s)));
      }
    }
    expect(hits).toEqual([]);
  });
});
