import type { ComponentProps } from "react";

export type SelectOption = { value: string; label: string };

type Props = Omit<ComponentProps<"select">, "children"> & { options: readonly SelectOption[] };

/**
 * A form select whose choices are a list of value/label pairs (an enum with its message, a
 * catalogue list). Takes the field's aria props and react-hook-form registration like a
 * plain <select>.
 */
export function OptionSelect({ options, className = "select", ...rest }: Props) {
  return (
    <select className={className} {...rest}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
