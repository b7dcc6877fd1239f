import { z } from "zod";

/**
 * A refinement for lists of ids (subsidy schemes, tools, overridden offers): the second and
 * later occurrence of an id is an issue at its own index (`params.key: "duplicate-id"`), so
 * an id cannot be applied twice (ten "hk-aiss" entries once stacked ten subsidies).
 * `idPath` names the id inside an item (`["offerId"]`), empty for a list of strings.
 */
export function rejectDuplicateIds<T>(idOf: (item: T) => string, idPath: readonly string[] = []) {
  return (items: readonly T[], ctx: z.core.$RefinementCtx<T[]>) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const id = idOf(item);
      if (seen.has(id))
        ctx.addIssue({ code: "custom", path: [i, ...idPath], message: "duplicate-id", params: { key: "duplicate-id" }, input: id });
      seen.add(id);
    });
  };
}

/** A list of distinct ids (tools, memberships, countries, subsidy schemes): at most `max`, empty when absent. */
export function uniqueIdList<T extends z.ZodType<string>>(id: T, max: number) {
  return z
    .array(id)
    .max(max)
    .superRefine(rejectDuplicateIds<z.output<T>>((item) => item))
    .default([]);
}
