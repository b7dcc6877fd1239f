import type common from "./messages/en/common.json";
import type nav from "./messages/en/nav.json";
import type labels from "./messages/en/labels.json";
import type catalogue from "./messages/en/catalogue.json";
import type method from "./messages/en/method.json";
import type advisor from "./messages/en/advisor.json";
import type results from "./messages/en/results.json";
import type robustness from "./messages/en/robustness.json";
import type reasons from "./messages/en/reasons.json";
import type validation from "./messages/en/validation.json";
import type hints from "./messages/en/hints.json";
import type consultations from "./messages/en/consultations.json";
import type saveScenario from "./messages/en/saveScenario.json";
import type demand from "./messages/en/demand.json";
import type { Locale } from "./locales";
import type { FORMATS } from "./formats";

/** Every message, typed from the English files (tests/unit/i18n checks the other locales have the same keys). */
export type Messages = {
  common: typeof common;
  nav: typeof nav;
  labels: typeof labels;
  catalogue: typeof catalogue;
  method: typeof method;
  advisor: typeof advisor;
  results: typeof results;
  robustness: typeof robustness;
  reasons: typeof reasons;
  validation: typeof validation;
  hints: typeof hints;
  consultations: typeof consultations;
  saveScenario: typeof saveScenario;
  demand: typeof demand;
};

// next-intl's type registration: a misspelt key, a wrong namespace or an unknown named
// format fails `tsc`.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
    Formats: typeof FORMATS;
  }
}
