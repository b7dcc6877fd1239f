import type { ReactNode } from "react";

/**
 * Pass-through root layout. The real document (<html lang>, <body>) is rendered by
 * app/[locale]/layout.tsx so that `lang` always equals the URL's locale; app/page.tsx only
 * redirects and app/not-found.tsx renders its own document. Next still requires a root
 * layout above those two files.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
