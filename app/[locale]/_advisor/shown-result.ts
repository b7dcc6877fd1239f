import type { Weights } from "@/lib/domain/factors";
import type { Recommendation } from "@/lib/domain/scoring/recommend";
import type { ScoringMethod } from "@/lib/domain/scoring/scoring-method";
import type { DisplayCurrency } from "@/lib/format/money";
import type { Locale } from "@/lib/i18n/locales";
import type { Needs } from "@/lib/needs/needs-schema";

/**
 * The ranking on screen and everything it was computed from and is shown in: one bundle the
 * advisor hands to the results panel and to the explanation, so the two always render the same
 * needs, weights and method (the advisor's deferred copies) in the same currency and language.
 */
export type ShownResult = {
  recommendation: Recommendation;
  needs: Needs;
  weights: Weights;
  method: ScoringMethod;
  currency: DisplayCurrency;
  locale: Locale;
};
