"use client";

import { useTranslations } from "next-intl";
import type { Source } from "@/lib/catalogue/offer-schema";
import type { FigureFreshness } from "@/lib/catalogue/staleness";
import { labelOr } from "@/lib/i18n/label-or";
import { useFormat } from "@/lib/i18n/use-format";

/** "aws.amazon.com/ec2/pricing/": the link text says where it goes. */
export function sourceLinkText(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname === "/" ? "" : u.pathname;
    const text = `${u.hostname.replace(/^www\./, "")}${path}`;
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
  } catch {
    return url;
  }
}

/**
 * The one staleness badge rule: a source is stale when it is what dates a figure the engine
 * judged stale (the figure's as-of date is this source's and `stale` is set). The date
 * arithmetic happened once, in the engine, against one reference date; a source superseded
 * by a newer one for every figure it covers is not flagged.
 */
export function isStaleSource(source: Pick<Source, "covers" | "asOf">, freshness: readonly FigureFreshness[]): boolean {
  return source.covers.some((c) => freshness.some((f) => f.path === c && f.stale && f.asOf === source.asOf));
}

/** The offer's sources that back any of `figures`, de-duplicated by URL. */
export function sourcesFor(sources: readonly Source[], figures: readonly string[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    if (!s.covers.some((c) => figures.includes(c)) || seen.has(s.url)) return false;
    seen.add(s.url);
    return true;
  });
}

type Props = {
  sources: readonly Source[];
  /** The engine's freshness of the figures these sources cover (empty: nothing is flagged stale). */
  freshness: readonly FigureFreshness[];
  /** Compact: no "covers" line (inside a cost line of the explain panel). */
  compact?: boolean;
};

/**
 * Every list of sources in the app: link (new tab), basis badge, as-of date (and when an
 * estimate was made), the stale badge by isStaleSource, the figures each covers and the note
 * (why a third-party page or an estimate is used). Newest first.
 */
export function SourceList({ sources, freshness, compact = false }: Props) {
  const t = useTranslations("labels");
  const tc = useTranslations("common");
  const format = useFormat();
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), "day");
  if (sources.length === 0) return <span className="muted small">{t("sources.none")}</span>;
  const sorted = [...sources].sort((a, b) => (a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : a.url.localeCompare(b.url)));
  return (
    <ul className={compact ? "source-list source-list--compact" : "source-list"}>
      {sorted.map((s, i) => (
        <li key={`${s.url}-${i}`} className="source-item" data-basis={s.basis}>
          <a href={s.url} target="_blank" rel="noopener noreferrer">
            {sourceLinkText(s.url)}
            <span className="visually-hidden"> {tc("opensInNewTab")}</span>
          </a>
          <span className="source-meta">
            <span className={`badge badge--${s.basis}`}>{t(`basis.${s.basis}`)}</span>
            <span>
              {t.rich("sources.asOf", { date: day(s.asOf), time: (chunks) => <time dateTime={s.asOf}>{chunks}</time> })}
              {s.madeOn ? (
                <>
                  {" · "}
                  {t.rich("sources.madeOn", { date: day(s.madeOn), time: (chunks) => <time dateTime={s.madeOn}>{chunks}</time> })}
                </>
              ) : null}
            </span>
            {isStaleSource(s, freshness) ? (
              <span className="badge badge--stale" title={t("sources.staleTitle")}>
                {t("sources.stale")}
              </span>
            ) : null}
          </span>
          {compact ? null : (
            <span className="source-meta">
              {t("sources.covers", {
                list: format.list(
                  s.covers.map((c) => labelOr(t, `figure.${c}`, c)),
                  "and",
                ),
              })}
            </span>
          )}
          {s.note ? (
            <p className="source-note" lang="en">
              {s.note}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
