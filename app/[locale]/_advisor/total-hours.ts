/**
 * The "total GPU-hours for the whole project" shortcut: total ÷ months, to the cent of an hour.
 * Pure, so the form's handling of an empty, negative or non-numeric total is tested alone.
 * Whether the resulting per-month figure is within the schema's bounds is the schema's to say
 * (`perMonthError` in needs-resolver.ts): the total field shows that error, and nothing is
 * written into the per-month field until it passes.
 */
export type TotalToPerMonth =
  | { kind: "empty" }
  | { kind: "not-positive" }
  | { kind: "no-months" }
  | { kind: "ok"; perMonth: number };

export function perMonthFromTotal(text: string, months: number): TotalToPerMonth {
  if (text.trim() === "") return { kind: "empty" };
  const total = Number(text);
  if (!Number.isFinite(total) || total <= 0) return { kind: "not-positive" };
  if (!Number.isInteger(months) || months < 1) return { kind: "no-months" };
  return { kind: "ok", perMonth: Math.round((total / months) * 100) / 100 };
}
