import type { z } from "zod";

/**
 * "Start by" may not lie before today. The schema has no clock (URL state, saved consultations
 * and imports must keep parsing a date that has since passed), so the boundaries that take
 * fresh input — the form and POST /api/recommend — pass today's date (YYYY-MM-DD, Hong Kong)
 * and add this issue to the schema's. Reads the field loosely, like checkNeedsReferences.
 */
export function checkStartBy(needs: unknown, today: string, prefix: (string | number)[] = []): z.core.$ZodIssue[] {
  if (typeof needs !== "object" || needs === null) return [];
  const startBy = (needs as { startBy?: unknown }).startBy;
  // ISO dates compare as strings; a malformed date is the schema's to report.
  if (typeof startBy !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(startBy) || startBy >= today) return [];
  return [
    {
      code: "custom",
      path: [...prefix, "startBy"],
      message: "start-by-past",
      params: { key: "start-by-past", today },
      input: startBy,
    } as z.core.$ZodIssue,
  ];
}
