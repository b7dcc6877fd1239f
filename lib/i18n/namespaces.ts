/**
 * Message namespaces. Each one is a file lib/i18n/messages/<locale>/<namespace>.json in
 * EVERY locale, and is reached as useTranslations("<namespace>") / getTranslations(...).
 * To add one: create the three JSON files and add the name here (tests/unit/i18n checks
 * that the files and this list agree and that all locales have the same keys).
 */
export const NAMESPACES = [
  "common",
  "nav",
  "labels",
  "catalogue",
  "method",
  "advisor",
  "results",
  "robustness",
  "reasons",
  "validation",
  "hints",
  "consultations",
  "saveScenario",
  "demand",
] as const;
export type Namespace = (typeof NAMESPACES)[number];
