import type { ReactNode } from "react";

type Props = {
  /** The control's id: the label points at it (htmlFor), so the label is its accessible name. */
  id: string;
  label: ReactNode;
  className?: string;
  /** The control, then anything under it (hint, error). */
  children: ReactNode;
};

/**
 * A labelled form control in the design system's `.field` frame (globals.css): the label
 * above, the control and its notes below. The advisor's FormField adds a unit suffix, hint and
 * error wiring on top of this frame.
 */
export function Field({ id, label, className, children }: Props) {
  return (
    <div className={className ? `field ${className}` : "field"}>
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}
