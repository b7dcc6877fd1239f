/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD, UTC). Pure: every date is an argument.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(isoDate: string): [number, number, number] {
  const m = ISO_DATE.exec(isoDate);
  if (!m) throw new Error(`not an ISO date: "${isoDate}"`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

// The last answer of daysBetween: recommend() asks the same question (today → the start date)
// once per offer, and parsing two dates each time showed in the API's CPU profile.
let last = { from: "", to: "", days: 0 };

/** Whole days from `from` to `to`; negative if `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  if (from === last.from && to === last.to) return last.days;
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
  last = { from, to, days };
  return days;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** `isoDate` plus `days` days (days may be fractional: rounded up to whole days). */
export function addDays(isoDate: string, days: number): string {
  parts(isoDate);
  const t = new Date(Date.parse(`${isoDate}T00:00:00Z`) + Math.ceil(days) * 86_400_000);
  const year = t.getUTCFullYear();
  // Years outside 0000–9999 (or an invalid date) keep toISOString's own form, or its RangeError.
  if (!(year >= 0 && year <= 9999)) return t.toISOString().slice(0, 10);
  // Formatted by hand: the engine adds days several times per offer, and toISOString was a
  // tenth of recommend()'s time in the API's CPU profile.
  return `${pad(year, 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}`;
}

function daysInMonth(year: number, month1to12: number): number {
  return new Date(Date.UTC(year, month1to12, 0)).getUTCDate();
}

/**
 * The calendar date `months` months after `isoDate` (negative = before). A day that does not
 * exist in the target month is clamped to its last day (2024-03-31 − 1 month → 2024-02-29).
 */
export function addMonths(isoDate: string, months: number): string {
  const [y, mo, d] = parts(isoDate);
  const total = y * 12 + (mo - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * How many whole project months starting on `start` end on or before `endsOn` (0 when
 * `endsOn` is before `start`), capped at `durationMonths`. Month k (1-based) runs from
 * start + (k − 1) months to start + k months − 1 day.
 */
export function monthsCoveredUntil(start: string, endsOn: string, durationMonths: number): number {
  let covered = 0;
  while (covered < durationMonths && addDays(addMonths(start, covered + 1), -1) <= endsOn) covered++;
  return covered;
}
