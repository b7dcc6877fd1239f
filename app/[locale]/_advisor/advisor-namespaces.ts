import type { Namespace } from "@/lib/i18n/namespaces";

/**
 * The message namespaces the advisor island's client components read (useTranslations), sent
 * to the browser with the page; tests/unit/i18n/client-namespaces.test.ts checks the list
 * against the code. use-reason-text.ts reads "reasons", "labels" and "advisor" from the root.
 */
export const ADVISOR_NAMESPACES = [
  "common",
  "labels",
  "advisor",
  "results",
  "robustness",
  "reasons",
  "hints",
  "saveScenario",
] as const satisfies readonly Namespace[];
