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
 * `leadTimeDays` defaults to the offer's own; the engine passes the firm's effective lead time
 * (plus any data-export filing, data-transfer.ts).
 */
export function approvalScore(
  offer: Pick<Offer, "applicationPath" | "leadTimeDays">,
  leadTimeDays: number = offer.leadTimeDays,
): FactorScore {
  const path = APPLICATION_PATH_POINTS[offer.applicationPath];
  const lead = 100 * clamp01(1 - Math.log1p(leadTimeDays) / Math.log1p(LEAD_TIME_SCALE_DAYS));
  return {
    score: round2(0.6 * path + 0.4 * lead),
    formula: { key: "approval", params: { path: 0.6, lead: 0.4, leadScaleDays: LEAD_TIME_SCALE_DAYS } },
    inputs: { applicationPath: offer.applicationPath, pathPoints: path, leadTimeDays, leadPoints: round2(lead) },
    reasons: [
      reason("approval.path", { path: offer.applicationPath, points: path }),
      reason("approval.lead-time", { days: leadTimeDays, points: round2(lead) }),
    ],
  };
}
