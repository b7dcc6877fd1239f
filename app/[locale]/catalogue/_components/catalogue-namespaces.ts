import type { Namespace } from "@/lib/i18n/namespaces";

/**
 * The message namespaces the catalogue browser's client components read (useTranslations),
 * sent to the browser with the page; tests/unit/i18n/client-namespaces.test.ts checks the
 * list against the code.
 */
export const CATALOGUE_NAMESPACES = ["common", "labels", "catalogue"] as const satisfies readonly Namespace[];
