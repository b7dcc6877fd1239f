import "server-only";
import { REGIONS } from "@/lib/catalogue/catalogue-vocabulary";
import { familySchema, jurisdictionSchema } from "@/lib/catalogue/offer-schema";
import type { Region } from "@/lib/catalogue/region";
import { SORTABLE_COLUMNS, type CatalogueQuery, type SortableColumn } from "./catalogue-query";

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function first(params: RawParams, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const v = params[key];
  return Array.isArray(v) ? v[0] : v;
}

/** Reads the view state from URL params; anything unknown or malformed is ignored (never throws). */
export function parseCatalogueQuery(params: RawParams): CatalogueQuery {
  const family = familySchema.safeParse(first(params, "family"));
  const jurisdiction = jurisdictionSchema.safeParse(first(params, "jurisdiction"));
  const region = first(params, "region");
  const accelerator = first(params, "accelerator");
  const offer = first(params, "offer");
  const rawSort = first(params, "sort") ?? "";
  const sortId = rawSort.replace(/^-/, "");
  const sort = (SORTABLE_COLUMNS as readonly string[]).includes(sortId)
    ? { id: sortId as SortableColumn, desc: rawSort.startsWith("-") }
    : null;
  return {
    family: family.success ? family.data : null,
    accelerator: accelerator !== undefined && ID.test(accelerator) ? accelerator : null,
    jurisdiction: jurisdiction.success ? jurisdiction.data : null,
    region: (REGIONS as readonly string[]).includes(region ?? "") ? (region as Region) : null,
    q: (first(params, "q") ?? "").slice(0, 100),
    sort,
    offer: offer !== undefined && ID.test(offer) ? offer : null,
  };
}
