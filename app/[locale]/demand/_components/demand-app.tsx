"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import { encodeDemandState, type DemandPageState } from "@/lib/demand/encode-demand-state";
import type { Locale } from "@/lib/i18n/locales";
import type { DemandJob } from "./demand-protocol";
import { CentreControls } from "./centre-controls";
import { DemandSummary } from "./demand-summary";
import type { Firm } from "@/lib/domain/demand/firm";
import { apiCall } from "../../consultations/_components/api-client";
import { PopulationPanel, type ConsultationsState, type PopulationSource } from "./population-panel";
import { SavedScenarios, type SavedDemandScenario } from "./saved-scenarios";
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
  /**
   * Saved scenarios and the consultations population, for a signed-in advisor (or anyone when
   * sign-in is off): the saved list as the server read it; null = not signed in (a sign-in link instead).
   */
  advisor: { scenarios: readonly SavedDemandScenario[] } | null;
  /** Shown in place of the saved scenarios when `advisor` is null. */
  signIn: ReactNode;
};

/** The demand-sizing island: population, centre what-if, results; state mirrored in the URL. */
export function DemandApp({
  catalogue,
  initialState,
  defaults,
  decodeProblem,
  asOf,
  locale,
  columnReference,
  centreOfferNames,
  advisor,
  signIn,
}: Props) {
  const t = useTranslations("demand");
  const [state, setState] = useState<DemandPageState>(initialState);
  const [source, setSourceOnly] = useState<PopulationSource>(initialState.source);
  // A reopened scenario remounts the population panel, whose fields keep their own text.
  const [opened, setOpened] = useState(0);
  const setSource = useCallback((next: PopulationSource) => {
    setSourceOnly(next);
    // A link or saved scenario records the synthetic or consultations source, never an imported file.
    if (next !== "imported") setState((s) => (s.source === next ? s : { ...s, source: next }));
  }, []);

  useEffect(() => {
    const url = `${window.location.pathname}?${encodeDemandState(state)}`;
    window.history.replaceState(window.history.state, "", url);
  }, [state]);

  const [imported, setImported] = useState(false);
  const [consultations, setConsultations] = useState<ConsultationsState>({ status: "idle" });
  const job = useMemo<DemandJob | null>(() => {
    if (source === "imported" && !imported) return null;
    if (source === "consultations" && (consultations.status !== "ok" || consultations.used === 0)) return null;
    return {
      population:
        source === "imported"
          ? { kind: "imported" }
          : source === "consultations" && consultations.status === "ok"
            ? { kind: "consultations", generation: consultations.generation }
            : { kind: "synthetic", firms: state.firms, seed: state.seed },
      centre: state.centre,
      lambda: state.lambda,
      centreConstant: state.centreConstant,
      asOf,
    };
  }, [source, imported, consultations, state, asOf]);
  const [importGeneration, setImportGeneration] = useState(0);
  const [nonce, setNonce] = useState(0);
  const jobKey = job === null ? "none" : `${JSON.stringify(job)}#${source === "imported" ? importGeneration : 0}#${nonce}`;
  const { run, importState, cancel, importFile, setConsultationFirms } = useDemandWorker(job, jobKey, catalogue);

  const readConsultations = useCallback(async () => {
    setConsultations({ status: "loading" });
    const res = await apiCall<{ firms: Firm[]; used: number; skipped: number }>("/api/demand-population", locale);
    if (!res.ok) return setConsultations({ status: "error", message: res.error.message });
    setConsultationFirms(JSON.stringify(res.data.firms));
    setConsultations((prev) => ({
      status: "ok",
      used: res.data.used,
      skipped: res.data.skipped,
      generation: (prev.status === "ok" ? prev.generation : 0) + 1,
    }));
  }, [locale, setConsultationFirms]);
  // Read once, the first time the consultations are chosen (a link or a reopened scenario may choose them).
  useEffect(() => {
    if (source === "consultations" && advisor && consultations.status === "idle") void readConsultations();
  }, [source, advisor, consultations.status, readConsultations]);

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
        <div className="callout" role="status">
          <p>{t("linkProblem")}</p>
        </div>
      )}
      <div className={`${styles.controls} ${source === "imported" ? styles.controlsStacked : ""}`}>
        <PopulationPanel
          key={opened}
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
          consultations={advisor ? consultations : null}
          onReloadConsultations={() => void readConsultations()}
        />
        <CentreControls state={state} defaults={defaults} centreOfferNames={centreOfferNames} onChange={(next) => setState(next)} />
      </div>
      {advisor ? (
        <SavedScenarios
          initial={advisor.scenarios}
          state={state}
          canSave={source !== "imported"}
          onOpen={(s) => {
            setState(s.state);
            setSourceOnly(s.state.source);
            setOpened((n) => n + 1);
          }}
        />
      ) : (
        signIn
      )}
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
