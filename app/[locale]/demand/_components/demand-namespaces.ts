import type { Namespace } from "@/lib/i18n/namespaces";

/** The namespaces the demand island's client components read (useTranslations). */
export const DEMAND_NAMESPACES = ["demand", "labels"] as const satisfies readonly Namespace[];
