import { TOOLS } from "@/lib/catalogue/catalogue-vocabulary";
import type { Offer } from "@/lib/catalogue/offer-schema";
import type { Needs } from "@/lib/needs/needs-schema";
import { round2, type FactorScore } from "./factor-score";
import { reason, type Reason } from "../reason";

/**
 * ux = 0.6 × tools + 0.25 × language + 0.15 × self-service surface, where
 *   tools    = requested tools present ÷ requested (breadth ÷ 6 when none requested),
 *              blended 70/30 with breadth when some are requested
 *   language = 100 if support is offered in the firm's language, 50 if only in English, else 0
 *   surface  = 50 for a web console + 50 for an API
 */
export function uxScore(offer: Offer, needs: Needs): FactorScore {
  const has = new Set(offer.tools);
  const breadth = (100 * offer.tools.length) / TOOLS.length;
  const missing = needs.tools.filter((t) => !has.has(t));
  const coverage = needs.tools.length === 0 ? breadth : (100 * (needs.tools.length - missing.length)) / needs.tools.length;
  const tools = needs.tools.length === 0 ? breadth : 0.7 * coverage + 0.3 * breadth;
  const lang = offer.supportLanguages.includes(needs.supportLanguage) ? 100 : offer.supportLanguages.includes("en") ? 50 : 0;
  const surface = (has.has("web-console") ? 50 : 0) + (has.has("api") ? 50 : 0);
  const reasons: Reason[] = [];
  if (needs.tools.length > 0) {
    reasons.push(missing.length === 0 ? reason("ux.tools-all", { list: needs.tools }) : reason("ux.tools-missing", { list: missing }));
  }
  reasons.push(reason("ux.breadth", { count: offer.tools.length, total: TOOLS.length }));
  reasons.push(
    reason(lang === 100 ? "ux.language-match" : lang === 50 ? "ux.language-english" : "ux.language-none", {
      language: needs.supportLanguage,
      offered: offer.supportLanguages,
    }),
  );
  return {
    score: round2(0.6 * tools + 0.25 * lang + 0.15 * surface),
    formula: { key: "ux", params: { tools: 0.6, language: 0.25, surface: 0.15 } },
    inputs: {
      toolPoints: round2(tools),
      requestedTools: needs.tools.join(", ") || "—",
      offeredTools: offer.tools.join(", ") || "—",
      languagePoints: lang,
      surfacePoints: surface,
    },
    reasons,
  };
}
