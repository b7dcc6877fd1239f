import { z } from "zod";
import { FAMILIES, REGIONS } from "@/lib/catalogue/catalogue-vocabulary";
import { rejectDuplicateIds } from "@/lib/needs/unique-list";
import {
  DEFAULT_TABLE_VIEW,
  FORBIDDEN_SEARCH_CHARS,
  HIDEABLE_COLUMN_IDS,
  MAX_PINNED,
  MAX_SEARCH_TEXT_CHARS,
  orderAccelerators,
  orderFamilies,
  orderHidden,
  orderRegions,
  RESULT_COLUMN_IDS,
  TABLE_VIEW_FIELDS,
  type TableView,
  type TableViewField,
} from "./table-view";

const unique = <T extends string>() => rejectDuplicateIds<T>((s) => s);

/** A table view as the advisor holds it: known values only, lists unique and in canonical order. */
export const tableViewSchema = z
  .object({
    pins: z.array(z.string().min(1).max(120)).max(MAX_PINNED).superRefine(unique()),
    sort: z.object({ column: z.enum(RESULT_COLUMN_IDS), desc: z.boolean() }).strict(),
    filters: z
      .object({
        text: z
          .string()
          .max(MAX_SEARCH_TEXT_CHARS)
          .refine((s) => !FORBIDDEN_SEARCH_CHARS.test(s)),
        families: z.array(z.enum(FAMILIES)).superRefine(unique()),
        regions: z.array(z.enum(REGIONS)).superRefine(unique()),
        accelerators: z
          .array(z.string().min(1).max(120))
          .superRefine(unique())
          .refine((ids) => ids.every((id, i) => i === 0 || ids[i - 1]! < id)),
      })
      .strict(),
    hidden: z.array(z.enum(HIDEABLE_COLUMN_IDS)).superRefine(unique()),
  })
  .strict();
// The schema and the browser's zod-free type must agree (a drift fails tsc here).
true satisfies z.infer<typeof tableViewSchema> extends TableView ? (TableView extends z.infer<typeof tableViewSchema> ? true : false) : false;

/**
 * What a link may carry before its values are checked: the shape is strict (a wrong type or an
 * unknown key makes the link invalid), the values are not — an id this version does not know
 * (an offer since removed, a column since renamed) is dropped by `readTableView`, with a notice,
 * rather than costing the reader the whole link. Lengths are bounded so a link cannot make the
 * server walk a huge list.
 */
const looseList = z.array(z.string().max(120)).max(64).default([]);
export const tableViewInputSchema = z
  .object({
    pins: looseList,
    sort: z.object({ column: z.string().max(64), desc: z.boolean() }).strict().default(DEFAULT_TABLE_VIEW.sort),
    filters: z
      .object({ text: z.string().max(1000).default(""), families: looseList, regions: looseList, accelerators: looseList })
      .strict()
      .default(DEFAULT_TABLE_VIEW.filters),
    hidden: looseList,
  })
  .strict();
export type TableViewInput = z.infer<typeof tableViewInputSchema>;

const isIn =
  <T extends string>(values: readonly T[]) =>
  (s: string): s is T =>
    (values as readonly string[]).includes(s);

/** Keeps the known, first occurrences, up to `limit`; reports whether anything was left out. */
function keepKnown<T extends string>(items: readonly string[], known: (s: string) => s is T, limit = Infinity) {
  const kept: T[] = [];
  for (const s of items) if (known(s) && !kept.includes(s) && kept.length < limit) kept.push(s);
  return { kept, droppedAny: kept.length !== items.length };
}

/** The catalogue's ids a table view may name. */
export type TableViewIds = { offerIds: ReadonlySet<string>; acceleratorIds: ReadonlySet<string> };

/**
 * Checks a link's table view against this version's vocabulary and the catalogue's offers and
 * accelerators (`ids`), as the API checks a request's ids: unknown, repeated or surplus entries are
 * dropped, and the fields they came from are reported (in TABLE_VIEW_FIELDS order) so the
 * advisor can say so. An unknown sort column falls back to the default sort; a filter text
 * with markup or control characters is cleared. The result satisfies `tableViewSchema`.
 */
export function readTableView(input: TableViewInput, ids: TableViewIds): { view: TableView; dropped: TableViewField[] } {
  const dropped = new Set<TableViewField>();
  const pins = keepKnown(input.pins, (s): s is string => ids.offerIds.has(s), MAX_PINNED);
  if (pins.droppedAny) dropped.add("pins");
  const families = keepKnown(input.filters.families, isIn(FAMILIES));
  if (families.droppedAny) dropped.add("families");
  const regions = keepKnown(input.filters.regions, isIn(REGIONS));
  if (regions.droppedAny) dropped.add("regions");
  const accelerators = keepKnown(input.filters.accelerators, (s): s is string => ids.acceleratorIds.has(s));
  if (accelerators.droppedAny) dropped.add("accelerators");
  const hidden = keepKnown(input.hidden, isIn(HIDEABLE_COLUMN_IDS));
  if (hidden.droppedAny) dropped.add("hidden");
  const sortKnown = isIn(RESULT_COLUMN_IDS)(input.sort.column);
  if (!sortKnown) dropped.add("sort");
  const rawText = input.filters.text;
  const textOk = rawText.length <= MAX_SEARCH_TEXT_CHARS && !FORBIDDEN_SEARCH_CHARS.test(rawText);
  if (!textOk) dropped.add("text");
  return {
    view: {
      pins: pins.kept,
      sort: sortKnown ? { column: input.sort.column as TableView["sort"]["column"], desc: input.sort.desc } : DEFAULT_TABLE_VIEW.sort,
      filters: {
        text: textOk ? rawText : "",
        families: orderFamilies(families.kept),
        regions: orderRegions(regions.kept),
        accelerators: orderAccelerators(accelerators.kept),
      },
      hidden: orderHidden(hidden.kept),
    },
    dropped: TABLE_VIEW_FIELDS.filter((f) => dropped.has(f)),
  };
}
