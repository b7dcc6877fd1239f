import type { ResultFormat } from "./use-result-format";
import type { ResultLabels } from "./use-result-labels";

/**
 * What every view of the ranked options (table, row details, compare view) is drawn with:
 * the scoring method named in its headings, the formatters, the shared labels and the
 * explain action. Built once by the results panel and handed down as one value.
 */
export type ResultView = {
  method: "weighted-sum" | "topsis";
  format: ResultFormat;
  labels: ResultLabels;
  onExplain: (offerId: string) => void;
};
