"use client";

import { useTranslations } from "next-intl";
import type { RankedOption } from "@/lib/domain/scoring/recommend";
import type { ResultLabels } from "./use-result-labels";

const KINDS = [
  { key: "estimated", badge: "badge--estimate" },
  { key: "thirdParty", badge: "badge--third-party" },
  { key: "stale", badge: "badge--stale" },
] as const;

/**
 * The row's data-quality badges: the result leans on an estimated, a third-party or a stale
 * (> 12 months) figure. The tooltip and the visually hidden text name the figures.
 */
export function FlagBadges({ flags, labels }: { flags: RankedOption["flags"]; labels: ResultLabels }) {
  const t = useTranslations("results.flags");
  const present = KINDS.filter((k) => flags[k.key].length > 0);
  if (present.length === 0) return null;
  return (
    <span className="badge-row">
      {present.map((k) => {
        const figures = labels.list(flags[k.key].map(labels.figure));
        const detail = t(`${k.key}Detail`, { figures });
        return (
          <span key={k.key} className={`badge ${k.badge}`} title={detail}>
            {t(k.key)}
            <span className="visually-hidden">: {detail}</span>
          </span>
        );
      })}
    </span>
  );
}
