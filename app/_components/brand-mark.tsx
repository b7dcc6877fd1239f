/** The product mark (same drawing as app/icon.svg). Decorative: the brand name sits next to it. */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#2f6fd6" />
      <rect x="9" y="9" width="14" height="14" rx="2.5" fill="none" stroke="#fff" strokeWidth="2" />
      <rect x="13" y="13" width="6" height="6" rx="1" fill="#fff" />
      <path
        d="M12 5v4M16 5v4M20 5v4M12 23v4M16 23v4M20 23v4M5 12h4M5 16h4M5 20h4M23 12h4M23 16h4M23 20h4"
        stroke="#fff"
        strokeWidth="1.6"
        strokeLinecap="round"
      />
    </svg>
  );
}
