"use client";

import { useTranslations } from "next-intl";
import { memo } from "react";
import type { RankedOption } from "@/lib/domain/scoring/recommend";
import type { ResultLabels } from "./use-result-labels";
import { getOrCreate } from "@/lib/i18n/text-cache";

const KINDS = [
  { key: "estimated", badge: "badge--estimate" },
  { key: "thirdParty", badge: "badge--third-party" },
  { key: "stale", badge: "badge--stale" },
] as const;

type Flags = RankedOption["flags"];

/**
 * Badge texts already written, per translator and labels (one pair per locale): the same few
 * figure lists recur on every row and every re-ranking, and a message with a list in it costs
 * a formatter lookup each time it is written.
 */
const details = new WeakMap<object, WeakMap<ResultLabels, Map<string, string>>>();

function detailCache(t: object, labels: ResultLabels): Map<string, string> {
  const byLabels = getOrCreate(details, t, () => new WeakMap<ResultLabels, Map<string, string>>());
  return getOrCreate(byLabels, labels, () => new Map<string, string>());
}

const sameFlags = (a: Flags, b: Flags) =>
  KINDS.every(({ key }) => a[key].length === b[key].length && a[key].every((figure, i) => figure === b[key][i]));

/**
 * The row's data-quality badges: the result leans on an estimated, a third-party or a stale
 * (> 12 months) figure. The tooltip and the visually hidden text name the figures.
 * Memoised on the flags' content: a re-ranking hands every row new (equal) flags.
 */
export const FlagBadges = memo(
  function FlagBadges({ flags, labels }: { flags: Flags; labels: ResultLabels }) {
    const t = useTranslations("results.flags");
    const present = KINDS.filter((k) => flags[k.key].length > 0);
    if (present.length === 0) return null;
    const cache = detailCache(t, labels);
    return (
      <span className="badge-row">
        {present.map((k) => {
          const cacheKey = `${k.key}\u0000${flags[k.key].join("\u0000")}`;
          const detail = getOrCreate(cache, cacheKey, () => t(`${k.key}Detail`, { figures: labels.list(flags[k.key].map(labels.figure)) }));
          return (
            <span key={k.key} className={`badge ${k.badge}`} title={detail}>
              {t(k.key)}
              <span className="visually-hidden">: {detail}</span>
            </span>
          );
        })}
      </span>
    );
  },
  (a, b) => a.labels === b.labels && sameFlags(a.flags, b.flags),
);
