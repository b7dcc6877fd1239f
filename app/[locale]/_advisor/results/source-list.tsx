"use client";

import { useTranslations } from "next-intl";
import type { Source, SourceBasis } from "@/lib/catalogue/offer-schema";
import type { ResultFormat } from "./use-result-format";
import type { ResultLabels } from "./use-result-labels";

const BASIS_BADGE: Record<SourceBasis, string> = {
  vendor: "badge--vendor",
  government: "badge--government",
  "third-party": "badge--third-party",
  estimate: "badge--estimate",
};

/** "aws.amazon.com/ec2/pricing/" — the link text says where it goes. */
function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname === "/" ? "" : u.pathname;
    return `${u.hostname.replace(/^www\./, "")}${path}`;
  } catch {
    return url;
  }
}

/**
 * The sources behind an offer's figures: link, as-of date, basis badge, the figures each
 * covers and the note (why a third-party page or an estimate is used). A source covering a
 * figure the result flags as stale gets a "stale" badge.
 */
export function SourceList({
  sources,
  staleFigures,
  format,
  labels,
}: {
  sources: readonly Source[];
  staleFigures: readonly string[];
  format: ResultFormat;
  labels: ResultLabels;
}) {
  const t = useTranslations("results.sources");
  const basis = useTranslations("labels.basis");
  const common = useTranslations("common");
  const sorted = [...sources].sort((a, b) => (a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : a.url.localeCompare(b.url)));
  return (
    <ul className="source-list">
      {sorted.map((s, i) => {
        const stale = s.covers.some((c) => staleFigures.includes(c));
        return (
          <li key={`${s.url}-${i}`} className="source-item">
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {shortUrl(s.url)}
              <span className="visually-hidden"> {common("opensInNewTab")}</span>
            </a>
            <span className="source-meta">
              <span className={`badge ${BASIS_BADGE[s.basis]}`}>{basis(s.basis)}</span>
              <span>
                {t("asOf")} <time dateTime={s.asOf}>{format.date(s.asOf)}</time>
              </span>
              {stale && <span className="badge badge--stale">{t("stale")}</span>}
            </span>
            <span className="source-meta">{t("covers", { list: labels.list(s.covers.map(labels.figure)) })}</span>
            {s.note && (
              <p className="source-note" lang="en">
                {s.note}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
