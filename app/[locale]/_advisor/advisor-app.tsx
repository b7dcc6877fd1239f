"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { Activity, memo, Suspense, use, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import { rankByTopsis } from "@/lib/domain/scoring/rank-by-topsis";
import { recommend, type Recommendation } from "@/lib/domain/scoring/recommend";
import { FACTORS, normaliseWeights, type Weights } from "@/lib/domain/factors";
import { DISPLAY_CURRENCIES, formatMoney, type DisplayCurrency } from "@/lib/format/money";
import type { Locale } from "@/lib/i18n/locales";
import type { Needs } from "@/lib/needs/needs-schema";
import { encodeShareState, type ShareState } from "@/lib/url-state/encode-share-state";
import type { DecodeResult } from "@/lib/url-state/share-state";
import type { TableView, TableViewField } from "@/lib/url-state/table-view";
import { useFormat } from "@/lib/i18n/use-format";
import type { FieldLabels } from "@/lib/validation/field-labels";
import { SaveScenarioButton } from "../consultations/_components/save-scenario-button";
import { CatalogueProvider } from "./catalogue-context";
import { onDemand, settled, settledValue, type Deferred } from "./hydration-deferred";
import type { ResultsPanelProps } from "./results/results-panel";
import type { RobustnessPanelProps } from "./robustness/robustness-panel";
import { useReasonTextFor } from "./use-reason-text";
import { WeightsPanel as WeightsPanelView, type ScoringMethod } from "./weights-panel";
import { slidersFromWeights } from "./rebalance-sliders";
import styles from "./advisor.module.css";
import type { ShownResult } from "./shown-result";
import { Icon } from "@/app/_components/icon";
import { HydrationMark } from "@/app/_components/hydration-mark";
import { MountWhenVisible } from "@/app/_components/mount-when-visible";

// The form (react-hook-form) and the results table (TanStack Table) are server-rendered with the
// page but hydrate from their own chunks, each inside its own <Activity> below: React hydrates the
// shell first and then each boundary in short, interruptible slices, instead of one long task
// for the whole page, and neither library weighs on the first-load JavaScript. <Activity>, not
// <Suspense>: the server sends a <Suspense> boundary of more than about 12.8 kB as a separate
// hidden part after the shell, moved into place by a script after the first paint (one more
// layout of the whole page, and the largest paint later); an <Activity> stays inline.
// Memoised, with the panels below: their props are stable, so a keystroke that re-ranks
// re-renders the form only through its own state, and the weights and AHP panels not at all.
const NeedsForm = memo(dynamic(() => import("./needs-form").then((m) => m.NeedsForm)));
const ResultsPanel = dynamic(() => import("./results/results-panel").then((m) => m.ResultsPanel));
// Fetched as soon as this module runs in the browser (not when React reaches the boundary), so a
// click or keystroke on the server-rendered form or table finds its code ready to hydrate.
if (typeof window !== "undefined") {
  void import("./needs-form");
  void import("./results/results-panel");
}

// Below the fold or opened on demand: loaded after first paint so they do not weigh on it.
const ExplainPanel = dynamic(() => import("./explain-panel").then((m) => m.ExplainPanel), { ssr: false });
const AhpQuestionnaire = memo(dynamic(() => import("./robustness/ahp-questionnaire").then((m) => m.AhpQuestionnaire), { ssr: false }));
const RobustnessPanel = dynamic(() => import("./robustness/robustness-panel").then((m) => m.RobustnessPanel), { ssr: false });

/**
 * The results panel once the ranking is there (see hydration-deferred.ts). Memoised, like the
 * robustness panel: a keystroke first renders the page urgently with the old (deferred) ranking,
 * and these must skip that render (their props are all stable or deferred), so the table renders
 * once per edit, in the deferred pass, not twice.
 */
const RankedResults = memo(function RankedResults({
  ranking,
  ...props
}: Omit<ResultsPanelProps, "recommendation"> & { ranking: Deferred<Recommendation> }) {
  return <ResultsPanel recommendation={use(ranking)} {...props} />;
});

const RankedRobustness = memo(function RankedRobustness({
  ranking,
  ...props
}: Omit<RobustnessPanelProps, "recommendation"> & { ranking: Deferred<Recommendation> }) {
  return <RobustnessPanel recommendation={use(ranking)} {...props} />;
});

const WeightsPanel = memo(WeightsPanelView);

export type DecodeProblem = Extract<DecodeResult, { ok: false }>["problem"];

type Props = {
  /** The validated catalogue, parsed on the server (see app/[locale]/page.tsx). */
  catalogue: Catalogue;
  /** The form's field labels in the page's language (lib/validation/field-labels.ts). */
  fieldLabels: FieldLabels;
  initialState: ShareState;
  decodeProblem: DecodeProblem | null;
  /** Table-view fields the link named values of that this version does not know (left out). */
  droppedFromLink?: readonly TableViewField[];
  /** Today in Hong Kong (YYYY-MM-DD), computed once on the server so both renders agree. */
  asOf: string;
  locale: Locale;
};

const URL_DEBOUNCE_MS = 300;

/**
 * The advisor island: holds needs, weights, currency, method and the results table's view
 * (pins, sort, filters, hidden columns); ranks in the browser
 * (deferred, so typing and dragging stay smooth); mirrors the state into the URL with
 * history.replaceState (debounced, no navigation); shares, exports and explains.
 */
export function AdvisorApp({ catalogue, fieldLabels, initialState, decodeProblem, droppedFromLink = [], asOf, locale }: Props) {
  const t = useTranslations("advisor");
  const format = useFormat();
  const reasonText = useReasonTextFor(locale, catalogue);
  const [needs, setNeeds] = useState<Needs>(initialState.needs);
  const [formValid, setFormValid] = useState(true);
  const [sliders, setSliders] = useState<Weights>(() => slidersFromWeights(initialState.weights));
  const [weights, setWeights] = useState<Weights>(initialState.weights);
  const [currency, setCurrency] = useState<DisplayCurrency>(initialState.currency);
  const [method, setMethod] = useState<ScoringMethod>(initialState.method);
  const [tableView, setTableView] = useState<TableView>(initialState.table);
  const [notice, setNotice] = useState<DecodeProblem | "dropped" | null>(decodeProblem ?? (droppedFromLink.length > 0 ? "dropped" : null));
  const [explainId, setExplainId] = useState<string | null>(null);
  const [copyState, setCopyState] = useState<{ kind: "idle" } | { kind: "copied" } | { kind: "failed"; url: string }>({ kind: "idle" });

  const slidersValid = FACTORS.some((f) => sliders[f] > 0);
  // A preset (or the AHP result) passes its exact weights; a dragged slider's positions are the weights.
  const onSlidersChange = useCallback((next: Weights, exact?: Weights) => {
    setSliders(next);
    if (FACTORS.some((f) => next[f] > 0)) setWeights(normaliseWeights(exact ?? next));
  }, []);
  const onAhpApply = useCallback((w: Weights) => onSlidersChange(slidersFromWeights(w), w), [onSlidersChange]);
  const onValidChange = useCallback((next: Needs) => setNeeds(next), []);
  const onValidityChange = useCallback((valid: boolean) => setFormValid(valid), []);

  // Ranking runs on deferred copies: React keeps the inputs responsive and re-ranks when idle.
  const deferredNeeds = useDeferredValue(needs);
  const deferredWeights = useDeferredValue(weights);
  const deferredMethod = useDeferredValue(method);
  // The server ranked these very inputs for the HTML: while they are unchanged, the browser ranks
  // them in a task of its own once the results are wanted, not inside hydration (hydration-deferred.ts).
  const asServer =
    deferredNeeds === initialState.needs && deferredWeights === initialState.weights && deferredMethod === initialState.method;
  const ranking = useMemo<Deferred<Recommendation> & { start?: () => void }>(() => {
    const compute = () => {
      const base = recommend(deferredNeeds, deferredWeights, catalogue, { referenceDate: asOf });
      return deferredMethod === "topsis" ? rankByTopsis(base) : base;
    };
    return asServer && typeof window !== "undefined" ? onDemand(compute) : settled(compute());
  }, [asServer, deferredNeeds, deferredWeights, deferredMethod, asOf, catalogue]);
  const recommendation = settledValue(ranking);
  // The server's table stays as it is (and unhydrated) until it comes near the viewport — at once
  // on a wide screen, where it is beside the form; below the form on a phone — or until the first
  // tap, key or focus anywhere, so an edit never reaches a boundary still waiting to hydrate.
  useEffect(() => {
    const start = ranking.start;
    if (!start) return;
    const results = document.getElementById("results");
    if (!results || typeof IntersectionObserver === "undefined") {
      start();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) start();
      },
      { rootMargin: "600px 0px" },
    );
    // Observed once the page has loaded: while the form's streamed HTML is still arriving, the
    // results sit near the top of an empty page and would count as in view.
    const observe = () => observer.observe(results);
    if (document.readyState === "complete") observe();
    else window.addEventListener("load", observe, { once: true });
    const events = ["pointerdown", "keydown", "focusin", "beforeprint"] as const;
    for (const type of events) window.addEventListener(type, start, { capture: true, passive: true });
    return () => {
      observer.disconnect();
      window.removeEventListener("load", observe);
      for (const type of events) window.removeEventListener(type, start, { capture: true });
    };
  }, [ranking]);
  const pending = deferredNeeds !== needs || deferredWeights !== weights || deferredMethod !== method;
  // What the results and the explanation render the ranking in: the deferred inputs it came from.
  // One object per deferred state (not per render), so the memoised results skip urgent renders.
  const shown: Omit<ShownResult, "recommendation"> = useMemo(
    () => ({ needs: deferredNeeds, weights: deferredWeights, method: deferredMethod, currency, locale }),
    [deferredNeeds, deferredWeights, deferredMethod, currency, locale],
  );

  const state: ShareState = useMemo(
    () => ({ needs, weights, currency, method, table: tableView }),
    [needs, weights, currency, method, tableView],
  );
  const query = useMemo(() => encodeShareState(state), [state]);

  // Mirror the state into the address bar (no navigation). A bare /en stays bare until the first change.
  const initialQuery = useRef(query);
  useEffect(() => {
    if (window.location.search === "" && query === initialQuery.current) return;
    const handle = window.setTimeout(() => {
      if (window.location.search !== `?${query}`)
        window.history.replaceState(null, "", `${window.location.pathname}?${query}${window.location.hash}`);
    }, URL_DEBOUNCE_MS);
    return () => window.clearTimeout(handle);
  }, [query]);

  const copyLink = async () => {
    const url = `${window.location.origin}${window.location.pathname}?${query}`;
    try {
      await navigator.clipboard.writeText(url);
      setCopyState({ kind: "copied" });
    } catch {
      setCopyState({ kind: "failed", url });
    }
  };
  useEffect(() => {
    if (copyState.kind !== "copied") return;
    const h = window.setTimeout(() => setCopyState({ kind: "idle" }), 2500);
    return () => window.clearTimeout(h);
  }, [copyState]);

  // The CSV writer (and its header tables in three languages) loads on the first export only.
  const exportCsv = async () => {
    const { rankingToCsv } = await import("./csv-export");
    const csv = rankingToCsv(await ranking, currency, catalogue.fx, locale, {
      needs: deferredNeeds,
      weights: deferredWeights,
      method: deferredMethod,
      reasonText,
    });
    const blob = new Blob([csv], { type: "text/csv;charset=utf-8" });
    const href = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = href;
    a.download = `${t("toolbar.csvFileName")}-${asOf}-${currency}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(href), 1000);
  };

  const top = recommendation?.ranked[0];
  // The phone's "top pick ↓" bar appears once the user has changed something: it then follows
  // the edits. On first load it would only cover the form (and its targets) with what the
  // ranking below already shows.
  const [firstQuery] = useState(query);
  const edited = query !== firstQuery;

  return (
    <CatalogueProvider catalogue={catalogue}>
      <div className={`container ${explainId ? styles.hideWhenExplaining : ""}`}>
        <header className={`page-header ${styles.pageHeader}`}>
          <span className="eyebrow">{t("eyebrow")}</span>
          <h1>{t("title")}</h1>
          <p className="lead">{t("lead")}</p>
        </header>

        {notice ? (
          <div className={`callout ${styles.notice}`} role="alert">
            <svg
              width="18"
              height="18"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              aria-hidden="true"
              focusable="false"
            >
              <path d="M12 3l10 18H2L12 3z" />
              <path d="M12 10v5M12 18v.5" strokeLinecap="round" />
            </svg>
            <p>
              {notice === "dropped"
                ? t("notice.dropped", {
                    fields: format.list(
                      droppedFromLink.map((f) => t(`notice.droppedField.${f}`)),
                      "and",
                    ),
                  })
                : t(`notice.${notice}`)}
            </p>
            <button type="button" className="btn btn--ghost btn--small" onClick={() => setNotice(null)}>
              {t("notice.dismiss")}
            </button>
          </div>
        ) : null}

        <div className={styles.layout}>
          <div className={styles.inputsCol}>
            <Activity>
              <NeedsForm
                initialNeeds={initialState.needs}
                fieldLabels={fieldLabels}
                weightsAnchor="weights"
                onValidChange={onValidChange}
                onValidityChange={onValidityChange}
              />
              <HydrationMark name="advisor-form" />
            </Activity>
            <Activity>
              <WeightsPanel id="weights" sliders={sliders} onSlidersChange={onSlidersChange} method={method} onMethodChange={setMethod} />
            </Activity>
            <MountWhenVisible>
              <AhpQuestionnaire onApply={onAhpApply} />
            </MountWhenVisible>
          </div>

          <div className={styles.resultsCol} id="results">
            <div className={`split-row ${styles.resultsHead}`}>
              <p className={`small muted ${styles.asOf}`}>
                {t("asOf", { date: asOf, version: catalogue.version })}
                <span className={styles.pending}>{pending ? ` · ${t("updating")}` : ""}</span>
              </p>
              <div className={styles.toolbar} role="group" aria-label={t("toolbar.label")}>
                <div className={styles.segmented} role="radiogroup" aria-label={t("toolbar.currency")}>
                  {DISPLAY_CURRENCIES.map((c) => (
                    <label key={c} className={styles.segment}>
                      <input type="radio" name="display-currency" value={c} checked={currency === c} onChange={() => setCurrency(c)} />
                      <span>{c}</span>
                    </label>
                  ))}
                </div>
                <SaveScenarioButton state={state} locale={locale} disabled={!formValid || !slidersValid} />
                <button type="button" className="btn btn--secondary btn--small" onClick={copyLink}>
                  <Icon name="link" />
                  {t("toolbar.copyLink")}
                </button>
                <button type="button" className="btn btn--secondary btn--small" onClick={() => void exportCsv()}>
                  <Icon name="download" />
                  {t("toolbar.exportCsv")}
                </button>
              </div>
            </div>

            <div role="status" className={styles.statusLine}>
              {copyState.kind === "copied" ? t("toolbar.copied") : ""}
            </div>
            {copyState.kind === "failed" ? (
              <div className={styles.copyFallback}>
                <label htmlFor="share-url-fallback">{t("toolbar.copyFailed")}</label>
                <input
                  id="share-url-fallback"
                  className="input"
                  readOnly
                  value={copyState.url}
                  onFocus={(e) => e.currentTarget.select()}
                  autoFocus
                />
              </div>
            ) : null}

            {!formValid || !slidersValid ? (
              <p className={styles.lastValid} role="status">
                {!formValid ? t("notice.lastValid") : t("notice.weightsZero")}
              </p>
            ) : null}

            {/* No dimming while a re-rank is pending ("Updating" says so above): fading the whole
                results column in and out cost two repaints of it per keystroke (~10 ms). */}
            <div>
              <Activity>
                <RankedResults
                  ranking={ranking}
                  {...shown}
                  onExplain={setExplainId}
                  tableView={tableView}
                  onTableViewChange={setTableView}
                />
                <HydrationMark name="advisor-results" />
              </Activity>
            </div>
            <div className={styles.robustness}>
              <MountWhenVisible>
                <Suspense fallback={null}>
                  <RankedRobustness ranking={ranking} weights={deferredWeights} />
                </Suspense>
              </MountWhenVisible>
            </div>
          </div>
        </div>

        {top && edited ? (
          <a href="#results" className={styles.jumpBar}>
            <span className={styles.jumpRank}>1</span>
            <span className={styles.jumpName}>
              {top.provider} · {top.name}
            </span>
            <span className="num">{formatMoney(top.costHkd, currency, catalogue.fx, locale, { compact: true })}</span>
            <span aria-hidden="true">↓</span>
          </a>
        ) : null}
      </div>

      {/* Mounted (and its chunk fetched) when an explanation is opened, not while the page loads. */}
      {explainId !== null && recommendation ? (
        <ExplainPanel
          {...shown}
          recommendation={recommendation}
          offerId={explainId}
          fieldLabels={fieldLabels}
          onClose={() => setExplainId(null)}
        />
      ) : null}
    </CatalogueProvider>
  );
}
