"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { Activity, useCallback, useId, useLayoutEffect, useMemo, useRef, type Dispatch, type SetStateAction } from "react";
import { MountWhenVisible } from "@/app/_components/mount-when-visible";
import type { Family } from "@/lib/catalogue/offer-schema";
import type { ShownResult } from "../shown-result";
import { useCatalogue } from "../catalogue-context";
import { ExcludedList } from "./excluded-list";
import { MAX_PINNED, type TableView } from "@/lib/url-state/table-view";
import { buildResultRows, MIN_COMPARED } from "./result-row";
import styles from "./results.module.css";
import { ResultsTable } from "./results-table";
import type { ResultView } from "./result-view";
import { useResultFormat } from "./use-result-format";
import { useResultLabels } from "./use-result-labels";
import { useAfterFrame } from "./use-after-frame";
import { labelOr } from "@/lib/i18n/label-or";

function ChartsPlaceholder() {
  return <div className={styles.chartsLoading} aria-hidden="true" />;
}

// chart.js and the chart modules load in their own chunk when the charts come near the viewport.
const ResultsCharts = dynamic(() => import("./charts/results-charts").then((m) => m.ResultsCharts), {
  ssr: false,
  loading: ChartsPlaceholder,
});
// Closest misses and what-ifs re-run the ranking a few times: loaded and computed when scrolled near.
const HintsPanel = dynamic(() => import("./hints-panel").then((m) => m.HintsPanel), { ssr: false });
// Shown only once two options are pinned (never on first paint): loaded on demand.
const CompareView = dynamic(() => import("./compare-view").then((m) => m.CompareView), { ssr: false });

export type ResultsPanelProps = ShownResult & {
  onExplain: (offerId: string) => void;
  /** Pins, sort, filters and hidden columns: controlled, because the share link carries them. */
  tableView: TableView;
  onTableViewChange: Dispatch<SetStateAction<TableView>>;
};

/**
 * The results area of the advisor: the comparison table (sort, filter, column picker, expandable
 * rows, pins), the side-by-side compare view for 2–4 pinned options, the excluded options with
 * their reasons, and the lazily loaded charts.
 */
export function ResultsPanel({
  recommendation,
  currency,
  locale,
  method,
  weights,
  onExplain,
  needs,
  tableView,
  onTableViewChange,
}: ResultsPanelProps) {
  const t = useTranslations("results");
  const tl = useTranslations("labels");
  const headingId = useId();
  const chartsHeadingId = useId();
  const compareId = useId();
  const format = useResultFormat(currency);
  const labels = useResultLabels(locale);
  const view = useMemo<ResultView>(() => ({ method, format, labels, onExplain }), [method, format, labels, onExplain]);
  const { ranked, excluded } = recommendation;

  // Pins survive re-ranking; a pinned option that drops out of the ranking is simply not shown.
  const pinnedIds = tableView.pins;
  const setPinnedIds = useCallback(
    (update: (prev: string[]) => string[]) => onTableViewChange((v) => ({ ...v, pins: update(v.pins) })),
    [onTableViewChange],
  );
  const rankedIds = useMemo(() => new Set(ranked.map((r) => r.offerId)), [ranked]);
  const activePins = useMemo(() => pinnedIds.filter((id) => rankedIds.has(id)), [pinnedIds, rankedIds]);
  const pinnedSet = useMemo(() => new Set(activePins), [activePins]);

  // Read through a ref, so the toggle (and with it the table's column definitions) stays the
  // same function across re-rankings: a keystroke swaps the rows, not the columns.
  const rankedIdsRef = useRef(rankedIds);
  useLayoutEffect(() => {
    rankedIdsRef.current = rankedIds;
  }, [rankedIds]);
  const togglePin = useCallback(
    (offerId: string) =>
      setPinnedIds((prev) => {
        if (prev.includes(offerId)) return prev.filter((id) => id !== offerId);
        const live = prev.filter((id) => rankedIdsRef.current.has(id));
        return live.length >= MAX_PINNED ? live : [...live, offerId];
      }),
    [setPinnedIds],
  );
  const unpin = useCallback((offerId: string) => setPinnedIds((prev) => prev.filter((id) => id !== offerId)), [setPinnedIds]);

  const familyName = useCallback((f: Family) => tl(`family.${f}`), [tl]);
  const jurisdictionName = useCallback((code: string) => labelOr(tl, `jurisdiction.${code}`, code), [tl]);
  const { offerById } = useCatalogue();
  const rows = useMemo(
    () => buildResultRows(ranked, pinnedSet, familyName, jurisdictionName, offerById),
    [ranked, pinnedSet, familyName, jurisdictionName, offerById],
  );
  const compared = useMemo(() => ranked.filter((r) => pinnedSet.has(r.offerId)), [ranked, pinnedSet]);

  // The charts and the excluded options (below the table) follow it a frame later, so neither a
  // keystroke nor a dragged weight waits for their redraw before the ranked table shows.
  const chartInput = useAfterFrame(useMemo(() => ({ ranked, weights }), [ranked, weights]));
  const shownExcluded = useAfterFrame(excluded);

  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <header className={styles.panelHead}>
        <div>
          <h2 id={headingId}>{t("heading")}</h2>
          <p className={styles.summary}>
            {t("summary", { count: ranked.length, excluded: excluded.length })}{" "}
            <span className="muted">{t("costBasis", { months: needs.durationMonths, currency })}</span>
          </p>
        </div>
        <p className={styles.methodBadge}>
          <span className={styles.methodName}>{t(`methodName.${method}`)}</span>
          <span className={styles.methodText}>{t(`method.${method}`)}</span>
        </p>
      </header>

      {ranked.length === 0 ? (
        <div className="card empty-state">
          <p>{t("empty")}</p>
        </div>
      ) : (
        <>
          <div className={styles.pinBar} aria-live="polite">
            {activePins.length < MIN_COMPARED ? (
              <span>{t("pin.hint", { min: MIN_COMPARED, max: MAX_PINNED, count: activePins.length })}</span>
            ) : (
              <span>
                {t("pin.count", { count: activePins.length, max: MAX_PINNED })} <a href={`#${compareId}`}>{t("pin.jump")}</a>
              </span>
            )}
            {activePins.length > 0 && (
              <button type="button" className="btn btn--ghost btn--small" onClick={() => setPinnedIds(() => [])}>
                {t("pin.clear")}
              </button>
            )}
          </div>

          <div className={`card card--flush ${styles.tableCard}`}>
            <ResultsTable
              rows={rows}
              weights={weights}
              view={view}
              onTogglePin={togglePin}
              tableView={tableView}
              onTableViewChange={onTableViewChange}
            />
          </div>

          {compared.length >= MIN_COMPARED && <CompareView id={compareId} options={compared} view={view} onUnpin={unpin} />}

          <section className={styles.charts} aria-labelledby={chartsHeadingId}>
            <h2 id={chartsHeadingId}>{t("charts.heading")}</h2>
            <MountWhenVisible placeholderClassName={styles.chartsLoading}>
              <ResultsCharts ranked={chartInput.ranked} weights={chartInput.weights} format={format} labels={labels} />
            </MountWhenVisible>
          </section>
        </>
      )}

      <MountWhenVisible>
        <HintsPanel needs={needs} weights={weights} recommendation={recommendation} method={method} currency={currency} />
      </MountWhenVisible>

      {/* Server-rendered; hydrated after the table, in a boundary of its own. */}
      <Activity>
        <ExcludedList excluded={shownExcluded} locale={locale} format={format} />
      </Activity>
    </section>
  );
}
