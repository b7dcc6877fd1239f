"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId } from "react";
import { TOOLS } from "@/lib/catalogue/catalogue-vocabulary";
import { CENTRE_CONSTANT_RANGE, LAMBDA_RANGE } from "@/lib/demand/demand-limits";
import type { DemandPageState } from "@/lib/demand/encode-demand-state";
import { SUBSIDY_ELIGIBILITIES, type SubsidyEligibility } from "@/lib/domain/demand/subsidy-eligibility";
import { NumberField } from "./number-field";
import styles from "./demand.module.css";

type Props = {
  state: DemandPageState;
  defaults: DemandPageState;
  /** The centre's offers, named as a reader of the page's language knows them (lib/i18n/local-names.ts). */
  centreOfferNames: readonly string[];
  onChange: (next: DemandPageState) => void;
};

/** The centre what-if: price, subsidy and who gets it, approval lead time, tools, capacity, utilisation, and the model's λ and centre constant. */
export function CentreControls({ state, defaults, centreOfferNames, onChange }: Props) {
  const format = useFormatter();
  const t = useTranslations("demand.centre");
  const l = useTranslations("labels");
  const id = useId();
  const c = state.centre;
  const set = (patch: Partial<DemandPageState["centre"]>) => onChange({ ...state, centre: { ...c, ...patch } });
  const d = defaults.centre;
  return (
    <section className={`card ${styles.panel}`} aria-labelledby={`${id}-h`}>
      <div className={styles.panelHead}>
        <h2 id={`${id}-h`} className="card__title">
          {t("title")}
        </h2>
        <button
          type="button"
          className="btn btn--ghost btn--small"
          onClick={() => onChange({ ...defaults, source: state.source, firms: state.firms, seed: state.seed })}
        >
          {t("reset")}
        </button>
      </div>
      <div className={styles.grid}>
        <NumberField
          label={t("price")}
          unit={t("priceUnit")}
          value={c.priceHkdPerCardHour}
          min={0}
          max={10_000}
          onCommit={(v) => set({ priceHkdPerCardHour: v })}
          hint={t("priceHint", { value: d.priceHkdPerCardHour, offers: format.list(centreOfferNames) })}
          testId="centre-price"
        />
        <NumberField
          label={t("subsidy")}
          unit="%"
          scale={100}
          value={c.subsidyShare}
          min={0}
          max={1}
          onCommit={(v) => set({ subsidyShare: v })}
          hint={t("subsidyHint", { value: d.subsidyShare * 100 })}
          testId="centre-subsidy"
        />
        <NumberField
          label={t("leadTime")}
          unit={t("days")}
          value={c.leadTimeDays}
          min={0}
          max={3650}
          onCommit={(v) => set({ leadTimeDays: v })}
          hint={t("leadTimeHint", { value: d.leadTimeDays })}
        />
        <NumberField
          label={t("capacity")}
          unit={t("cards")}
          integer
          value={c.capacityAccelerators}
          min={0}
          max={1_000_000}
          onCommit={(v) => set({ capacityAccelerators: v })}
          hint={t("capacityHint", { value: d.capacityAccelerators })}
        />
        <NumberField
          label={t("utilisation")}
          unit="%"
          scale={100}
          value={c.targetUtilisation}
          min={0.01}
          max={1}
          onCommit={(v) => set({ targetUtilisation: v })}
          hint={t("utilisationHint", { value: d.targetUtilisation * 100 })}
        />
        <div className={`field ${styles.wideField}`}>
          <label htmlFor={`${id}-elig`}>{t("eligibility")}</label>
          <select
            id={`${id}-elig`}
            className="select"
            value={c.subsidyEligibility}
            onChange={(e) => set({ subsidyEligibility: e.target.value as SubsidyEligibility })}
          >
            {SUBSIDY_ELIGIBILITIES.map((x) => (
              <option key={x} value={x}>
                {t(`eligibilityOption.${x}`)}
              </option>
            ))}
          </select>
          <p className="muted small">{t("eligibilityHint")}</p>
        </div>
      </div>
      <fieldset className="field">
        <legend>{t("tools")}</legend>
        <div className="chips">
          {TOOLS.map((tool) => (
            <label key={tool} className="chip">
              <input
                type="checkbox"
                checked={c.tools.includes(tool)}
                onChange={(e) =>
                  set({
                    tools: e.target.checked ? TOOLS.filter((x) => x === tool || c.tools.includes(x)) : c.tools.filter((x) => x !== tool),
                  })
                }
              />
              <span className="chip__body">{l(`tool.${tool}`)}</span>
            </label>
          ))}
        </div>
        <p className="muted small">{t("toolsHint")}</p>
      </fieldset>
      <details className={styles.details}>
        <summary>{t("model")}</summary>
        <div className={styles.grid}>
          <NumberField
            label={t("lambda")}
            value={state.lambda}
            min={LAMBDA_RANGE.min}
            max={LAMBDA_RANGE.max}
            onCommit={(v) => onChange({ ...state, lambda: v })}
            hint={t("lambdaHint", { value: defaults.lambda })}
            testId="lambda"
          />
          <div className="field">
            <label className={styles.checkbox}>
              <input
                type="checkbox"
                checked={state.centreConstant === null}
                onChange={(e) => onChange({ ...state, centreConstant: e.target.checked ? null : 0 })}
              />
              {t("constantFromCloud")}
            </label>
            {state.centreConstant !== null && (
              <NumberField
                label={t("constant")}
                value={state.centreConstant}
                min={CENTRE_CONSTANT_RANGE.min}
                max={CENTRE_CONSTANT_RANGE.max}
                onCommit={(v) => onChange({ ...state, centreConstant: v })}
                hint={t("constantHint")}
              />
            )}
          </div>
        </div>
      </details>
    </section>
  );
}
