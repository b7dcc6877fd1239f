"use client";

import { useTranslations } from "next-intl";
import type { Source } from "@/lib/catalogue/offer-schema";
import { isStale } from "@/lib/catalogue/staleness";
import styles from "./explain.module.css";

/** "www.example.com/path…" — a readable link text for a source URL. */
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

/** A compact list of sources: link (new tab), as-of date, basis badge and a stale badge. */
export function SourceList({ sources, asOf }: { sources: readonly Source[]; asOf: string }) {
  const t = useTranslations("advisor.explain.cost");
  const tl = useTranslations("labels");
  const tc = useTranslations("common");
  if (sources.length === 0) return <span className="muted small">{t("noSources")}</span>;
  return (
    <ul className={styles.sourceList}>
      {sources.map((s, i) => (
        <li key={`${s.url}-${i}`}>
          <a href={s.url} target="_blank" rel="noopener noreferrer">
            {sourceLinkText(s.url)}
            <span className="visually-hidden"> {tc("opensInNewTab")}</span>
          </a>{" "}
          <span className="badge-row" style={{ display: "inline-flex" }}>
            <span className={`badge badge--${s.basis}`}>{tl(`basis.${s.basis}`)}</span>
            {isStale(s.asOf, asOf) ? <span className="badge badge--stale">{t("stale")}</span> : null}
          </span>{" "}
          <span className="muted small">{t("asOf", { date: s.asOf })}</span>
          {s.note ? <span className={styles.sourceNote}>{s.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** The offer's sources that back any of `figures` (source.covers ∩ figures ≠ ∅), de-duplicated by URL. */
export function sourcesFor(sources: readonly Source[], figures: readonly string[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    if (!s.covers.some((c) => figures.includes(c))) return false;
    const key = s.url;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
