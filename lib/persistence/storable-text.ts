import type { z } from "zod";

/**
 * Text both stores accept: PostgreSQL refuses the NUL character in text, so it is a
 * validation error here (400, naming the field) rather than a database error (500) later.
 */
export function storableText<S extends z.ZodType<string | undefined>>(schema: S) {
  return schema.refine((s) => s === undefined || !s.includes("\u0000"), { params: { key: "no-nul" } });
}
