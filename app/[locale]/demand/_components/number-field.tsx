"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import styles from "./demand.module.css";

type Props = {
  label: string;
  /** The model's value; shown × `scale` (e.g. 100 for a percentage). */
  value: number;
  onCommit: (value: number) => void;
  min: number;
  max: number;
  integer?: boolean;
  scale?: number;
  unit?: string;
  hint?: string;
  testId?: string;
};

/**
 * A number input that commits only valid values (so the model never sees a half-typed one)
 * and says what is wrong, naming the allowed range, in the UI language.
 */
export function NumberField({ label, value, onCommit, min, max, integer = false, scale = 1, unit, hint, testId }: Props) {
  const t = useTranslations("demand.field");
  const id = useId();
  const shown = (v: number) => String(Number((v * scale).toPrecision(12)));
  const [text, setText] = useState(shown(value));
  useEffect(() => {
    setText((prev) => (Number(prev) / scale === value ? prev : shown(value)));
    // Only an outside change of the value (reset, link) rewrites the text.
  }, [value]);
  const n = Number(text);
  const problem =
    text.trim() === "" || !Number.isFinite(n)
      ? "number"
      : integer && !Number.isInteger(n)
        ? "integer"
        : n < min * scale || n > max * scale
          ? "range"
          : null;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {unit && <span className="muted"> ({unit})</span>}
      </label>
      <input
        id={id}
        className="input"
        inputMode="decimal"
        value={text}
        data-testid={testId}
        aria-invalid={problem !== null}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setText(e.target.value);
          const v = Number(e.target.value);
          if (
            e.target.value.trim() !== "" &&
            Number.isFinite(v) &&
            (!integer || Number.isInteger(v)) &&
            v >= min * scale &&
            v <= max * scale
          )
            onCommit(v / scale);
        }}
      />
      <p id={`${id}-hint`} className={problem ? styles.error : "muted small"}>
        {problem ? t(problem, { min: min * scale, max: max * scale }) : hint}
      </p>
    </div>
  );
}
