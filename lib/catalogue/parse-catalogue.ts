import type { z } from "zod";
import {
  acceleratorFileSchema,
  catalogueMetaSchema,
  fxFileSchema,
  offerFileSchema,
  subsidyFileSchema,
  type Accelerator,
  type FxFile,
  type Offer,
  type SubsidyScheme,
} from "./offer-schema";

export type Catalogue = {
  version: string;
  reviewedOn: string;
  offers: Offer[];
  accelerators: Accelerator[];
  referenceModel: string;
  referenceCpuModel: string;
  fx: FxFile;
  subsidies: SubsidyScheme[];
};

/** Raw, unparsed file contents keyed by their path under the project root (for error messages). */
export type RawCatalogueFiles = {
  meta: { path: string; json: unknown };
  accelerators: { path: string; json: unknown };
  fx: { path: string; json: unknown };
  subsidies: { path: string; json: unknown };
  offerFiles: { path: string; json: unknown }[];
};

export class CatalogueError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid catalogue:\n  - ${problems.join("\n  - ")}`);
    this.name = "CatalogueError";
  }
}

function describeIssue(file: string, json: unknown, issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String);
  // Name the offer by its id when the issue sits inside offers[n].
  let where = path.join(".");
  if (path[0] === "offers" && path[1] !== undefined) {
    const offers = (json as { offers?: { id?: unknown }[] } | null)?.offers;
    const id = offers?.[Number(path[1])]?.id;
    where = `offer ${typeof id === "string" ? `"${id}"` : `#${path[1]}`} field "${path.slice(2).join(".") || "(offer)"}"`;
  } else {
    where = `field "${where || "(root)"}"`;
  }
  return `${file}: ${where}: ${issue.message}`;
}

function parseFile<S extends z.ZodType>(schema: S, file: { path: string; json: unknown }, problems: string[]): z.output<S> | undefined {
  const result = schema.safeParse(file.json);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(describeIssue(file.path, file.json, issue));
    return undefined;
  }
  return result.data;
}

/**
 * Validates every catalogue file and the references between them (accelerator ids, subsidy
 * scheme ids, currencies with an FX rate, unique offer ids, family matching its file).
 * Pure: takes the already-read JSON. Throws CatalogueError listing EVERY problem with file,
 * offer and field named, so a bad edit fails the build with a readable message.
 */
export function parseCatalogue(files: RawCatalogueFiles): Catalogue {
  const problems: string[] = [];
  const meta = parseFile(catalogueMetaSchema, files.meta, problems);
  const acc = parseFile(acceleratorFileSchema, files.accelerators, problems);
  const fx = parseFile(fxFileSchema, files.fx, problems);
  const subs = parseFile(subsidyFileSchema, files.subsidies, problems);
  const offers: Offer[] = [];
  for (const f of files.offerFiles) {
    const parsed = parseFile(offerFileSchema, f, problems);
    if (!parsed) continue;
    parsed.offers.forEach((o) => {
      if (o.family !== parsed.family) {
        problems.push(`${f.path}: offer "${o.id}" field "family": is "${o.family}" but the file holds "${parsed.family}" offers`);
      }
      offers.push(o);
    });
  }
  if (!meta || !acc || !fx || !subs) throw new CatalogueError(problems);

  const accIds = new Set(acc.accelerators.map((a) => a.id));
  if (!accIds.has(acc.referenceModel))
    problems.push(`${files.accelerators.path}: field "referenceModel": unknown accelerator "${acc.referenceModel}"`);
  if (!accIds.has(acc.referenceCpuModel))
    problems.push(`${files.accelerators.path}: field "referenceCpuModel": unknown accelerator "${acc.referenceCpuModel}"`);
  const schemeIds = new Set(subs.schemes.map((s) => s.id));
  const seen = new Map<string, string>();
  for (const o of offers) {
    const file = files.offerFiles.find((f) => f.path.endsWith(`${o.family}.json`))?.path ?? "data/offers";
    if (seen.has(o.id)) problems.push(`${file}: offer "${o.id}" field "id": duplicate (also in ${seen.get(o.id)})`);
    seen.set(o.id, file);
    if (!accIds.has(o.accelerator.model))
      problems.push(
        `${file}: offer "${o.id}" field "accelerator.model": unknown accelerator "${o.accelerator.model}" (not in ${files.accelerators.path})`,
      );
    if (fx.hkdPer[o.price.currency] === undefined && o.price.currency !== "HKD") {
      problems.push(`${file}: offer "${o.id}" field "price.currency": no FX rate for ${o.price.currency} in ${files.fx.path}`);
    }
    for (const s of o.subsidySchemes) {
      if (!schemeIds.has(s))
        problems.push(`${file}: offer "${o.id}" field "subsidySchemes": unknown scheme "${s}" (not in ${files.subsidies.path})`);
    }
  }
  if (problems.length > 0) throw new CatalogueError(problems);

  return {
    version: meta.version,
    reviewedOn: meta.reviewedOn,
    offers: [...offers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    accelerators: acc.accelerators,
    referenceModel: acc.referenceModel,
    referenceCpuModel: acc.referenceCpuModel,
    fx,
    subsidies: subs.schemes,
  };
}
