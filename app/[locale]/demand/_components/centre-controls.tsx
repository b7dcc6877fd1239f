"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId } from "react";
import { TOOLS } from "@/lib/catalogue/catalogue-vocabulary";
import { CENTRE_CONSTANT_RANGE, CENTRE_LIMITS, LAMBDA_RANGE, type CentreNumberField } from "@/lib/demand/demand-limits";
import type { DemandPageState } from "@/lib/demand/encode-demand-state";
import { SUBSIDY_ELIGIBILITIES, type SubsidyEligibility } from "@/lib/domain/demand/subsidy-eligibility";
import { NumberField } from "./number-field";
import styles from "./demand.module.css";
import { ChipGroup } from "@/app/_components/chip-group";
import { toggled } from "@/app/_components/toggled";

/** The centre's numeric controls, in page order. */
const NUMBER_CONTROLS = ["priceHkdPerCardHour", "subsidyShare", "leadTimeDays", "capacityAccelerators", "targetUtilisation"] as const;

/** Each control's wording (demand.centre message keys), unit, display scale (shares as %) and test id. */
const CONTROL_TEXT = {
  priceHkdPerCardHour: { label: "price", unit: "priceUnit", hint: "priceHint", scale: 1, testId: "centre-price" },
  subsidyShare: { label: "subsidy", unit: "%", hint: "subsidyHint", scale: 100, testId: "centre-subsidy" },
  leadTimeDays: { label: "leadTime", unit: "days", hint: "leadTimeHint", scale: 1, testId: undefined },
  capacityAccelerators: { label: "capacity", unit: "cards", hint: "capacityHint", scale: 1, testId: undefined },
  targetUtilisation: { label: "utilisation", unit: "%", hint: "utilisationHint", scale: 100, testId: undefined },
} as const satisfies Record<CentreNumberField, { label: string; unit: string; hint: string; scale: number; testId: string | undefined }>;

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
  // The model's settings: λ, and the centre's own constant unless it follows the cloud constant.
  const modelFields = [
    {
      key: "lambda",
      label: t("lambda"),
      value: state.lambda,
      range: LAMBDA_RANGE,
      hint: t("lambdaHint", { value: defaults.lambda }),
      testId: "lambda",
    },
    ...(state.centreConstant === null
      ? []
      : [
          {
            key: "centreConstant",
            label: t("constant"),
            value: state.centreConstant,
            range: CENTRE_CONSTANT_RANGE,
            hint: t("constantHint"),
            testId: undefined,
          },
        ]),
  ] as const;
  return (
    <section className={`card ${styles.panel}`} aria-labelledby={`${id}-h`}>
      <div className={`split-row ${styles.panelHead}`}>
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
        {NUMBER_CONTROLS.map((k) => {
          const { label, unit, hint, scale = 1, testId } = CONTROL_TEXT[k];
          const limits: { min: number; max: number; integer?: boolean; exclusiveMin?: boolean } = CENTRE_LIMITS[k];
          return (
            <NumberField
              key={k}
              label={t(label)}
              unit={unit === "%" ? "%" : t(unit)}
              scale={scale}
              integer={limits.integer}
              value={c[k]}
              // An exclusive minimum (utilisation) admits its smallest step above it.
              min={limits.exclusiveMin ? limits.min + 0.01 : limits.min}
              max={limits.max}
              onCommit={(v) => set({ [k]: v })}
              hint={t(hint, { value: d[k] * scale, offers: format.list(centreOfferNames) })}
              testId={testId}
            />
          );
        })}
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
        <ChipGroup
          kind="checkbox"
          options={TOOLS.map((tool) => ({ value: tool, label: l(`tool.${tool}`) }))}
          values={c.tools}
          onToggle={(tool, on) => set({ tools: toggled(c.tools, tool, on, TOOLS) })}
        />
        <p className="muted small">{t("toolsHint")}</p>
      </fieldset>
      <details className={styles.details}>
        <summary>{t("model")}</summary>
        <div className={styles.grid}>
          {modelFields.map((m) => (
            <NumberField
              key={m.key}
              label={m.label}
              value={m.value}
              min={m.range.min}
              max={m.range.max}
              onCommit={(v) => onChange({ ...state, [m.key]: v })}
              hint={m.hint}
              testId={m.testId}
            />
          ))}
          <div className="field">
            <label className={styles.checkbox}>
              <input
                type="checkbox"
                checked={state.centreConstant === null}
                onChange={(e) => onChange({ ...state, centreConstant: e.target.checked ? null : 0 })}
              />
              {t("constantFromCloud")}
            </label>
          </div>
        </div>
      </details>
    </section>
  );
}
