"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";
import { csvTemplate } from "@/lib/demand/csv-columns";
import { MAX_PAGE_FIRMS, MAX_SEED } from "@/lib/demand/demand-limits";
import type { DemandPageState } from "@/lib/demand/encode-demand-state";
import type { ImportState } from "./use-demand-worker";
import { ImportProblems } from "./import-problems";
import { downloadText } from "./download-text";
import styles from "./demand.module.css";
import { Field } from "@/app/_components/field";
import { FilePicker } from "@/app/_components/file-picker";

export type PopulationSource = "synthetic" | "imported" | "consultations";

/** The saved consultations as the population, as read from /api/demand-population. */
export type ConsultationsState =
  | { status: "idle" | "loading" }
  | { status: "ok"; used: number; skipped: number; generation: number }
  | { status: "error"; message: string };

type Props = {
  state: DemandPageState;
  onChange: (firms: number, seed: number) => void;
  source: PopulationSource;
  onSource: (s: PopulationSource) => void;
  importState: ImportState;
  onImport: (file: File) => void;
  hasImported: boolean;
  columnReference: ReactNode;
  /** null when the visitor is not a signed-in advisor (the consultations are not offered). */
  consultations: ConsultationsState | null;
  onReloadConsultations: () => void;
};

const PRESETS = [216, 10_000, 100_000] as const;

/** Choose the firms: a seeded synthetic population, or a CSV file of firms' needs. */
export function PopulationPanel({
  state,
  onChange,
  source,
  onSource,
  importState,
  onImport,
  hasImported,
  columnReference,
  consultations,
  onReloadConsultations,
}: Props) {
  const t = useTranslations("demand.population");
  const id = useId();
  const [firmsText, setFirmsText] = useState(String(state.firms));
  const [seedText, setSeedText] = useState(String(state.seed));
  const firms = Number(firmsText);
  const seed = Number(seedText);
  const firmsOk = firmsText.trim() !== "" && Number.isInteger(firms) && firms >= 1 && firms <= MAX_PAGE_FIRMS;
  const seedOk = seedText.trim() !== "" && Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED;

  const apply = (f: string, s: string) => {
    const fn = Number(f);
    const sn = Number(s);
    if (
      f.trim() !== "" &&
      Number.isInteger(fn) &&
      fn >= 1 &&
      fn <= MAX_PAGE_FIRMS &&
      s.trim() !== "" &&
      Number.isInteger(sn) &&
      sn >= 0 &&
      sn <= MAX_SEED
    )
      onChange(fn, sn);
  };

  return (
    <section className={`card ${styles.panel}`} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="card__title">
        {t("title")}
      </h2>
      <fieldset className={styles.sourceSwitch}>
        <legend className="visually-hidden">{t("sourceLegend")}</legend>
        <label className={styles.radio}>
          <input type="radio" name={`${id}-source`} checked={source === "synthetic"} onChange={() => onSource("synthetic")} />
          {t("synthetic")}
        </label>
        <label className={styles.radio}>
          <input type="radio" name={`${id}-source`} checked={source === "imported"} onChange={() => onSource("imported")} />
          {t("imported")}
        </label>
        {consultations && (
          <label className={styles.radio}>
            <input type="radio" name={`${id}-source`} checked={source === "consultations"} onChange={() => onSource("consultations")} />
            {t("consultations")}
          </label>
        )}
      </fieldset>

      {source === "consultations" && consultations ? (
        <ConsultationsStatus state={consultations} onReload={onReloadConsultations} />
      ) : source === "synthetic" ? (
        <div className={styles.fieldRow}>
          <WholeNumberField
            id={`${id}-firms`}
            label={t("firms")}
            value={firmsText}
            ok={firmsOk}
            note={firmsOk ? t("firmsHint") : t("firmsError", { max: MAX_PAGE_FIRMS })}
            onText={(text) => {
              setFirmsText(text);
              apply(text, seedText);
            }}
          >
            <div className={styles.presets}>
              {PRESETS.map((n) => (
                <button
                  key={n}
                  type="button"
                  className="btn btn--ghost btn--small"
                  aria-pressed={state.firms === n}
                  onClick={() => {
                    setFirmsText(String(n));
                    apply(String(n), seedText);
                  }}
                >
                  {t("preset", { firms: n })}
                </button>
              ))}
            </div>
          </WholeNumberField>
          <WholeNumberField
            id={`${id}-seed`}
            label={t("seed")}
            value={seedText}
            ok={seedOk}
            note={seedOk ? t("seedHint") : t("seedError")}
            onText={(text) => {
              setSeedText(text);
              apply(firmsText, text);
            }}
          />
        </div>
      ) : (
        <div className="stack">
          <p className="muted small">{t("importIntro")}</p>
          <div className={styles.fieldRow}>
            <FilePicker id={`${id}-file`} label={t("file")} button={t("chooseFile")} accept=".csv,text/csv" onFile={onImport} />
            <div className="field">
              <span className="field__label">{t("template")}</span>
              <div className={styles.filePicker}>
                <button
                  type="button"
                  className="btn btn--secondary btn--small"
                  onClick={() => downloadText(csvTemplate(), "demand-firms-template.csv", "text/csv")}
                >
                  {t("downloadTemplate")}
                </button>
              </div>
            </div>
          </div>
          <ImportStatus state={importState} hasImported={hasImported} />
          <details className={styles.details}>
            <summary>{t("columnReference")}</summary>
            {columnReference}
          </details>
        </div>
      )}
    </section>
  );
}

function ImportStatus({ state, hasImported }: { state: ImportState; hasImported: boolean }) {
  const t = useTranslations("demand.population");
  switch (state.status) {
    case "idle":
      return <p className="muted small">{hasImported ? t("importKept") : t("noFile")}</p>;
    case "reading":
      return (
        <p role="status" className="small">
          {t("reading", { file: state.fileName, rows: state.rows })}
        </p>
      );
    case "ok":
      return (
        <p role="status" className={styles.ok} data-testid="import-ok">
          {t("importOk", { file: state.fileName, rows: state.rows, firms: state.firms, workloads: state.workloads })}
        </p>
      );
    case "refused":
      return <ImportProblems fileName={state.fileName} problems={state.problems} problemCount={state.problemCount} />;
  }
}

function ConsultationsStatus({ state, onReload }: { state: ConsultationsState; onReload: () => void }) {
  const t = useTranslations("demand.population");
  return (
    <div className="stack">
      <p className="muted small">{t("consultationsIntro")}</p>
      {state.status !== "ok" && state.status !== "error" ? (
        <p role="status" className="small">
          {t("consultationsLoading")}
        </p>
      ) : state.status === "error" ? (
        <p role="alert" className={styles.refused}>
          {t("consultationsError", { message: state.message })}
        </p>
      ) : state.used === 0 ? (
        <p role="status" className={styles.warning} data-testid="consultations-used">
          {t("consultationsNone")}
        </p>
      ) : (
        <p role="status" className={styles.ok} data-testid="consultations-used">
          {t("consultationsUsed", { used: state.used })}
          {state.skipped > 0 ? ` ${t("consultationsSkipped", { skipped: state.skipped })}` : ""}
        </p>
      )}
      <div>
        <button type="button" className="btn btn--secondary btn--small" onClick={onReload} disabled={state.status === "loading"}>
          {t("consultationsReload")}
        </button>
      </div>
    </div>
  );
}

/** A whole-number text field that keeps what is typed; `note` is its hint, or its error when not `ok`. */
function WholeNumberField({
  id,
  label,
  value,
  ok,
  note,
  onText,
  children,
}: {
  id: string;
  label: string;
  value: string;
  ok: boolean;
  note: string;
  onText: (text: string) => void;
  children?: ReactNode;
}) {
  return (
    <Field id={id} label={label}>
      <input
        id={id}
        className="input"
        inputMode="numeric"
        value={value}
        aria-invalid={!ok}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onText(e.target.value)}
      />
      <p id={`${id}-hint`} className={ok ? "muted small" : styles.error}>
        {note}
      </p>
      {children}
    </Field>
  );
}
