import type { SourceBasis } from "@/lib/catalogue/offer-schema";

/** A coloured pill for a source's basis (vendor / government / third-party / estimate). */
export function BasisBadge({ basis, label }: { basis: SourceBasis; label: string }) {
  return <span className={`badge badge--${basis}`}>{label}</span>;
}

export function StaleBadge({ label, title }: { label: string; title?: string }) {
  return (
    <span className="badge badge--stale" title={title}>
      <svg width="10" height="10" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
        <circle cx="6" cy="6" r="5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M6 3.2V6l1.8 1.2" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
      {label}
    </span>
  );
}
