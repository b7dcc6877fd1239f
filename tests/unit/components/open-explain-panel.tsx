import { ExplainPanel } from "@/app/[locale]/_advisor/explain-panel";
import { catalogue } from "@/lib/catalogue/catalogue";
import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import { normaliseWeights } from "@/lib/domain/factors";
import type { Recommendation } from "@/lib/domain/scoring/recommend";
import { WEIGHT_PRESETS } from "@/lib/domain/weights/weight-presets";
import type { Locale } from "@/lib/i18n/locales";
import type { Needs } from "@/lib/needs/needs-schema";
import { fieldLabelsFor } from "@/lib/validation/field-labels";
import { messagesFor, renderWithIntl } from "./render-with-intl";

/** The explain-panel tests rank with the first weight preset on a fixed date, so their verdicts never drift with the clock. */
export const EXPLAIN_WEIGHTS = normaliseWeights(WEIGHT_PRESETS[0]!.weights);
export const EXPLAIN_REFERENCE_DATE = "2026-12-01";

/** Renders the panel open on `offerId` (ranked with EXPLAIN_WEIGHTS), the way the advisor page does. */
export async function openExplainPanel(offerId: string, rec: Recommendation, needs: Needs, locale: Locale, cat: Catalogue = catalogue) {
  return renderWithIntl(
    <ExplainPanel
      offerId={offerId}
      fieldLabels={fieldLabelsFor(locale)}
      onClose={() => {}}
      recommendation={rec}
      needs={needs}
      weights={EXPLAIN_WEIGHTS}
      method="weighted-sum"
      currency="HKD"
      locale={locale}
    />,
    { locale, messages: await messagesFor(locale), catalogue: cat },
  );
}
