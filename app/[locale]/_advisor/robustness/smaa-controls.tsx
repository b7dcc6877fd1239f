"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { MAX_COST_PCT, SAMPLE_CHOICES } from "./smaa-protocol";
import styles from "./robustness.module.css";
import { useFormat } from "@/lib/i18n/use-format";
import { ChipGroup } from "@/app/_components/chip-group";

export type SmaaSettings = { samples: number; respectOrder: boolean; useRanges: boolean; costPct: number; seed: number };

type Props = {
  settings: SmaaSettings;
  onChange: (next: SmaaSettings) => void;
  /** The user's order of factors in words, e.g. "price > data security / privacy > …". */
  orderText: string;
  /** How many options have an estimate range to sample, of how many. */
  rangedCount: number;
  optionCount: number;
};

const COST_STEP = 5;

/** The two on/off settings, in page order: the setting and the suffix of its hint's id. */
const TOGGLES = [
  { key: "respectOrder", idSuffix: "order" },
  { key: "useRanges", idSuffix: "ranges" },
] as const;

/** Samples, "respect my priority order", cost uncertainty and seed. */
export function SmaaControls({ settings, onChange, orderText, rangedCount, optionCount }: Props) {
  const t = useTranslations("robustness.smaa");
  const format = useFormat();
  const id = useId();
  // The seed field keeps what is typed; only a valid whole number reaches the simulation.
  const [seedText, setSeedText] = useState(String(settings.seed));
  const set = (patch: Partial<SmaaSettings>) => onChange({ ...settings, ...patch });
  const toggleHint = {
    respectOrder: t("respectOrderHint", { order: orderText }),
    useRanges: t("useRangesHint", { count: rangedCount, total: optionCount }),
  };

  return (
    <fieldset className={styles.controls}>
      <legend className={styles.controlsLegend}>{t("settings")}</legend>

      <div className={styles.control} role="radiogroup" aria-labelledby={`${id}-samples`}>
        <span id={`${id}-samples`} className={styles.controlLabel}>
          {t("samples")}
        </span>
        <ChipGroup
          kind="radio"
          name={`${id}-samples`}
          bodyClassName="num"
          options={SAMPLE_CHOICES.map((n) => ({ value: n, label: format.number(n, "integer") }))}
          value={settings.samples}
          onChange={(samples) => set({ samples })}
        />
      </div>

      {TOGGLES.map(({ key, idSuffix }) => (
        <div key={key} className={styles.control}>
          <label className={`check-row ${styles.checkRow}`}>
            <input
              type="checkbox"
              checked={settings[key]}
              onChange={(e) => set({ [key]: e.currentTarget.checked })}
              aria-describedby={`${id}-${idSuffix}`}
            />
            <span>{t(key)}</span>
          </label>
          <p id={`${id}-${idSuffix}`} className={styles.hint}>
            {toggleHint[key]}
          </p>
        </div>
      ))}

      <div className={styles.control}>
        <label htmlFor={`${id}-cost`} className={styles.controlLabel}>
          {t("costPct")}{" "}
          <output htmlFor={`${id}-cost`} className={`num ${styles.outputValue}`}>
            {t("costPctValue", { pct: settings.costPct })}
          </output>
        </label>
        <input
          id={`${id}-cost`}
          type="range"
          className={styles.range}
          min={0}
          max={MAX_COST_PCT}
          step={COST_STEP}
          value={settings.costPct}
          aria-valuetext={t("costPctValue", { pct: settings.costPct })}
          aria-describedby={`${id}-cost-hint`}
          onChange={(e) => set({ costPct: e.currentTarget.valueAsNumber })}
        />
        <p id={`${id}-cost-hint`} className={styles.hint}>
          {t("costHint")}
        </p>
      </div>

      <div className={styles.control}>
        <label htmlFor={`${id}-seed`} className={styles.controlLabel}>
          {t("seed")}
        </label>
        <input
          id={`${id}-seed`}
          className={`input ${styles.seedInput}`}
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          value={seedText}
          aria-describedby={`${id}-seed-hint`}
          onChange={(e) => {
            const text = e.currentTarget.value;
            setSeedText(text);
            const seed = Number(text);
            if (text.trim() !== "" && Number.isSafeInteger(seed) && seed >= 0) set({ seed });
          }}
        />
        <p id={`${id}-seed-hint`} className={styles.hint}>
          {t("seedHint")}
        </p>
      </div>
    </fieldset>
  );
}
