import type { ReactNode } from "react";

type Props = {
  /** The section above the title ("Consultations", "Method"). */
  eyebrow: ReactNode;
  title: ReactNode;
  lead?: ReactNode;
  /** "alert" when the lead is the page's message (an expired link). */
  leadRole?: "alert";
  /** Anything the header holds below the lead (key figures). */
  children?: ReactNode;
};

/** Every page's header: eyebrow, one h1 and the lead paragraph, styled once in globals.css (.page-header). */
export function PageHeader({ eyebrow, title, lead, leadRole, children }: Props) {
  return (
    <header className="page-header">
      <span className="eyebrow">{eyebrow}</span>
      <h1>{title}</h1>
      {lead === undefined ? null : (
        <p className="lead" role={leadRole}>
          {lead}
        </p>
      )}
      {children}
    </header>
  );
}
