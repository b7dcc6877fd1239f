import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Field } from "@/app/_components/field";
import { toggled } from "@/app/_components/toggled";
import { OptionSelect, type SelectOption } from "@/app/_components/option-select";
import styles from "./advisor.module.css";

export type ControlAria = { id: string; "aria-describedby"?: string; "aria-invalid"?: true };

type Props = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Unit shown inside the control's right edge, e.g. "TB"; also read out via aria-describedby. */
  suffix?: string;
  error?: string;
  className?: string;
  children: (aria: ControlAria) => ReactNode;
};

/**
 * One labelled control: <label htmlFor> (the error is never inside the label, so the
 * accessible name stays the label alone), an optional unit suffix, a hint, and the error
 * text under the field, all wired to the control with aria-describedby / aria-invalid.
 */
export function FormField({ id, label, hint, suffix, error, className, children }: Props) {
  const unitId = `${id}-unit`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [suffix ? unitId : null, hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");
  const aria: ControlAria = {
    id,
    ...(describedBy ? { "aria-describedby": describedBy } : {}),
    ...(error ? { "aria-invalid": true as const } : {}),
  };
  return (
    <Field id={id} label={label} className={`${styles.field} ${className ?? ""}`}>
      {suffix ? (
        <div className={styles.withSuffix}>
          {children(aria)}
          <span className={styles.suffix} id={unitId}>
            {suffix}
          </span>
        </div>
      ) : (
        children(aria)
      )}
      {hint ? (
        <p className={styles.hint} id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className={styles.error} id={errorId}>
          <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <circle cx="12" cy="12" r="10" fill="currentColor" />
            <path d="M12 7v6M12 16.5v.5" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" />
          </svg>
          {error}
        </p>
      ) : null}
    </Field>
  );
}

/**
 * A FormField holding an OptionSelect registered with react-hook-form: the needs form's enum and
 * catalogue choices. `field` is the id and error (`at(path)`), `registration` is `register(path)`.
 */
export function SelectField({
  field,
  label,
  hint,
  className,
  registration,
  options,
}: {
  field: { id: string; error?: string | undefined };
  label: ReactNode;
  hint?: ReactNode;
  className?: string;
  registration: UseFormRegisterReturn;
  options: readonly SelectOption[];
}) {
  return (
    <FormField {...field} label={label} hint={hint} className={className}>
      {(aria) => <OptionSelect {...aria} {...registration} options={options} />}
    </FormField>
  );
}

/** One titled section of the needs form; with `grid`, its fields sit in the form's two-column grid. */
export function FormSection({ legend, grid = false, children }: { legend: ReactNode; grid?: boolean; children: ReactNode }) {
  return (
    <fieldset className={styles.section}>
      <legend className={styles.legend}>{legend}</legend>
      {grid ? <div className={styles.grid2}>{children}</div> : children}
    </fieldset>
  );
}

/**
 * A group of checkboxes inside a section: its legend, the boxes as a list or a grid, an optional
 * hint after them (tied to the group with aria-describedby) and anything that follows the hint.
 */
export function CheckGroup({
  legend,
  layout = "list",
  hint,
  after,
  children,
}: {
  legend: ReactNode;
  layout?: "list" | "grid";
  hint?: { id: string; text: ReactNode };
  after?: ReactNode;
  children: ReactNode;
}) {
  return (
    <fieldset className={styles.subFieldset} aria-describedby={hint?.id}>
      <legend className={styles.subLegend}>{legend}</legend>
      <div className={layout === "grid" ? styles.checkGrid : styles.checkList}>{children}</div>
      {hint ? (
        <p className={styles.hint} id={hint.id}>
          {hint.text}
        </p>
      ) : null}
      {after}
    </fieldset>
  );
}

/** A checkbox with its label after it (htmlFor/id) and an optional hint. */
export function CheckField({
  id,
  label,
  hint,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  children: (aria: ControlAria) => ReactNode;
}) {
  const hintId = `${id}-hint`;
  return (
    <div className={styles.check}>
      {children({ id, ...(hint ? { "aria-describedby": hintId } : {}) })}
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className={styles.checkHint} id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** A list-valued form field as react-hook-form's Controller hands it over. */
type ListField<V> = { value: V[]; onChange: (value: V[]) => void; onBlur: () => void };

/**
 * One checkbox per option, ticking values in and out of a list field (tools, memberships,
 * subsidies). With `order`, the list keeps that order whatever the clicking order.
 */
export function CheckboxList<V extends string>({
  field,
  options,
  idOf,
  order,
}: {
  field: ListField<V>;
  options: readonly { value: V; label: ReactNode }[];
  idOf: (value: V) => string;
  order?: readonly V[];
}) {
  return options.map((o) => (
    <CheckField key={o.value} id={idOf(o.value)} label={o.label}>
      {(aria) => (
        <input
          type="checkbox"
          {...aria}
          checked={field.value.includes(o.value)}
          onChange={(e) => field.onChange(toggled(field.value, o.value, e.currentTarget.checked, order))}
          onBlur={field.onBlur}
        />
      )}
    </CheckField>
  ));
}

type NumberInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "inputMode"> & {
  /** Whole numbers: numeric keypad and step 1 (decimal keypad and any step otherwise). */
  integer?: boolean;
  ref?: Ref<HTMLInputElement>;
};

/** The form's number input: right-aligned tabular figures, the right phone keypad. */
export function NumberInput({ integer = false, ...rest }: NumberInputProps) {
  return <input className="input num" type="number" inputMode={integer ? "numeric" : "decimal"} step={integer ? 1 : "any"} {...rest} />;
}
