import type { Formats } from "next-intl";

/**
 * Named formats shared by the server (getFormatter / createTranslator) and the browser
 * (useFormatter). Money is formatted with an explicit currency at the call site.
 */
export const FORMATS = {
  number: {
    /** Scores, shares and days: at most one decimal. */
    decimal1: { maximumFractionDigits: 1 },
    decimal2: { maximumFractionDigits: 2 },
    integer: { maximumFractionDigits: 0 },
    /** Exactly two / four decimals: weights and their products written out in a formula ("0.2500 × 72.00"). */
    fixed2: { minimumFractionDigits: 2, maximumFractionDigits: 2 },
    fixed4: { minimumFractionDigits: 4, maximumFractionDigits: 4 },
    percent: { style: "percent", maximumFractionDigits: 0 },
    /** Weight shares: "25%", "33.3%". */
    percent1: { style: "percent", maximumFractionDigits: 1 },
    /** Scores on the 0–100 scale: always one decimal ("72.0"). */
    score: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
    /** Money: the currency (HKD, USD, CNY) and the precision are added where it is formatted. */
    money: { style: "currency", currencyDisplay: "symbol" },
  },
  dateTime: {
    /** A calendar date from the catalogue (asOf, madeOn), shown in Hong Kong time. */
    day: { year: "numeric", month: "short", day: "numeric", timeZone: "Asia/Hong_Kong" },
    /** A moment something happened or expires (a record's update, a link's expiry), Hong Kong time. */
    moment: { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Hong_Kong" },
  },
  list: {
    /** "A, B and C" / "A、B及C": every item holds. */
    and: { type: "conjunction", style: "long" },
    /** "A, B or C" / "A、B或C": any one item is enough (e.g. who may buy). */
    or: { type: "disjunction", style: "long" },
  },
} satisfies Formats;
