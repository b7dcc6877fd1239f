import type { ReactNode } from "react";

export type ChipOption<V extends string | number> = { value: V; label: ReactNode };

type Common<V extends string | number> = {
  options: readonly ChipOption<V>[];
  /** Extra classes on each chip's body (e.g. "num" for figures). */
  bodyClassName?: string;
};

type Props<V extends string | number> = Common<V> &
  (
    | { kind: "radio"; name: string; value: V; onChange: (value: V) => void }
    | { kind: "checkbox"; values: readonly V[]; onToggle: (value: V, checked: boolean) => void }
  );

/**
 * A row of chips (globals.css `.chips`/`.chip`): radios when one value is chosen, checkboxes
 * when any number are. The caller names the group (a fieldset legend or a radiogroup label).
 */
export function ChipGroup<V extends string | number>(props: Props<V>) {
  const body = props.bodyClassName ? `chip__body ${props.bodyClassName}` : "chip__body";
  return (
    <div className="chips">
      {props.options.map((o) => (
        <label key={o.value} className="chip">
          {props.kind === "radio" ? (
            <input
              type="radio"
              name={props.name}
              value={o.value}
              checked={props.value === o.value}
              onChange={() => props.onChange(o.value)}
            />
          ) : (
            <input
              type="checkbox"
              checked={props.values.includes(o.value)}
              onChange={(e) => props.onToggle(o.value, e.currentTarget.checked)}
            />
          )}
          <span className={body}>{o.label}</span>
        </label>
      ))}
    </div>
  );
}
