"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import { encodeDemandState, type DemandPageState } from "@/lib/demand/encode-demand-state";
import type { Locale } from "@/lib/i18n/locales";
import type { DemandJob } from "./demand-protocol";
import { CentreControls } from "./centre-controls";
import { DemandSummary } from "./demand-summary";
import { PopulationPanel, type PopulationSource } from "./population-panel";
import { RunStatus } from "./run-status";
import { useDemandWorker } from "./use-demand-worker";
import styles from "./demand.module.css";

// chart.js and the chart components load only after the first result (not in the first-load JS).
const DemandCharts = dynamic(() => import("./demand-charts").then((m) => m.DemandCharts), { ssr: false, loading: () => null });

type Props = {
  catalogue: Catalogue;
  initialState: DemandPageState;
  defaults: DemandPageState;
  decodeProblem: "unknown-version" | "invalid" | null;
  asOf: string;
  locale: Locale;
  /** Server-rendered column reference of the CSV import (static text). */
  columnReference: ReactNode;
  /** The centre's offers in the page's language, for the price hint. */
  centreOfferNames: readonly string[];
};

/** The demand-sizing island: population, centre what-if, results; state mirrored in the URL. */
export function DemandApp({ catalogue, initialState, defaults, decodeProblem, asOf, locale, columnReference, centreOfferNames }: Props) {
  const t = useTranslations("demand");
  const [state, setState] = useState<DemandPageState>(initialState);
  const [source, setSource] = useState<PopulationSource>("synthetic");

  useEffect(() => {
    const url = `${window.location.pathname}?${encodeDemandState(state)}`;
    window.history.replaceState(window.history.state, "", url);
  }, [state]);

  const [imported, setImported] = useState(false);
  const job = useMemo<DemandJob | null>(() => {
    if (source === "imported" && !imported) return null;
    return {
      population: source === "imported" ? { kind: "imported" } : { kind: "synthetic", firms: state.firms, seed: state.seed },
      centre: state.centre,
      lambda: state.lambda,
      centreConstant: state.centreConstant,
      asOf,
    };
  }, [source, imported, state, asOf]);
  const [importGeneration, setImportGeneration] = useState(0);
  const [nonce, setNonce] = useState(0);
  const jobKey = job === null ? "none" : `${JSON.stringify(job)}#${source === "imported" ? importGeneration : 0}#${nonce}`;
  const { run, importState, cancel, importFile } = useDemandWorker(job, jobKey, catalogue);

  useEffect(() => {
    if (importState.status === "ok") {
      setImported(true);
      setSource("imported");
      setImportGeneration((g) => g + 1);
    }
  }, [importState]);

  return (
    <div className={styles.layout}>
      {decodeProblem && (
        <p className={styles.notice} role="status">
          {t("linkProblem")}
        </p>
      )}
      <div className={`${styles.controls} ${source === "imported" ? styles.controlsStacked : ""}`}>
        <PopulationPanel
          state={state}
          onChange={(firms, seed) => {
            setState((s) => ({ ...s, firms, seed }));
            setSource("synthetic");
          }}
          source={source}
          onSource={setSource}
          importState={importState}
          onImport={(file) => importFile(file, locale, 200_000)}
          hasImported={imported}
          columnReference={columnReference}
        />
        <CentreControls state={state} defaults={defaults} centreOfferNames={centreOfferNames} onChange={(next) => setState(next)} />
      </div>
      <section className={styles.results} aria-labelledby="demand-results-heading">
        <h2 id="demand-results-heading" className={styles.sectionTitle}>
          {t("results.title")}
        </h2>
        <RunStatus run={run} onCancel={cancel} onRetry={() => setNonce((n) => n + 1)} />
        {run.result && run.job && (
          <>
            <DemandSummary result={run.result} job={run.job} locale={locale} stale={run.computing} />
            <DemandCharts result={run.result} job={run.job} locale={locale} />
          </>
        )}
      </section>
    </div>
  );
}
