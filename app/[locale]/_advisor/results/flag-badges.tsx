"use client";

import { useTranslations } from "next-intl";
import { memo } from "react";
import type { RankedOption } from "@/lib/domain/scoring/recommend";
import type { ResultLabels } from "./use-result-labels";

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
  let byLabels = details.get(t);
  if (!byLabels) details.set(t, (byLabels = new WeakMap()));
  let cache = byLabels.get(labels);
  if (!cache) byLabels.set(labels, (cache = new Map()));
  return cache;
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
          let detail = cache.get(cacheKey);
          if (detail === undefined) {
            detail = t(`${k.key}Detail`, { figures: labels.list(flags[k.key].map(labels.figure)) });
            cache.set(cacheKey, detail);
          }
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
