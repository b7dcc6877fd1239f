import type { ApplicationPath, Offer } from "@/lib/catalogue/offer-schema";
import { clamp01, round2, type FactorScore } from "./factor-score";
import { reason } from "../reason";

/** How much paperwork stands between a firm and its first job. */
export const APPLICATION_PATH_POINTS: Record<ApplicationPath, number> = {
  "self-serve": 100,
  "online-application": 75,
  "proposal-review": 40,
  "institutional-agreement": 25,
};
/** Lead time scale: 0 days → 100, 180 days → 0, on ln(1 + days). */
export const LEAD_TIME_SCALE_DAYS = 180;

/**
 * approval = 0.6 × path points + 0.4 × 100 × (1 − ln(1 + lead days) / ln(181)), clamped.
 * The lead time is the offer's own plus `exportFilingDays` (a data-export filing the firm must
 * make first, data-transfer.ts); when there is one, a reason says how many days it adds.
 */
export function approvalScore(offer: Pick<Offer, "applicationPath" | "leadTimeDays">, exportFilingDays = 0): FactorScore {
  const leadTimeDays = offer.leadTimeDays + exportFilingDays;
  const path = APPLICATION_PATH_POINTS[offer.applicationPath];
  const lead = 100 * clamp01(1 - Math.log1p(leadTimeDays) / Math.log1p(LEAD_TIME_SCALE_DAYS));
  return {
    score: round2(0.6 * path + 0.4 * lead),
    formula: { key: "approval", params: { path: 0.6, lead: 0.4, leadScaleDays: LEAD_TIME_SCALE_DAYS } },
    inputs: { applicationPath: offer.applicationPath, pathPoints: path, leadTimeDays, leadPoints: round2(lead) },
    reasons: [
      reason("approval.path", { path: offer.applicationPath, points: path }),
      reason("approval.lead-time", { days: leadTimeDays, points: round2(lead) }),
      ...(exportFilingDays > 0 ? [reason("approval.export-filing", { days: exportFilingDays, offerDays: offer.leadTimeDays })] : []),
    ],
  };
}
