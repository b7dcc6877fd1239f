/**
 * Length limits of a consultation's text fields, in characters. Zod-free so the browser's
 * form (maxLength) and the record schema (records.ts) read the same numbers.
 */
export const CLIENT_MAX = 200;
export const NOTES_MAX = 10_000;
