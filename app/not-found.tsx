import type { Metadata } from "next";
import Link from "next/link";
import { BrandMark } from "./_components/brand-mark";
import "./globals.css";

export const metadata: Metadata = { title: "Page not found · Compute Advisor" };

const HOMES = [
  { locale: "en", name: "Compute Advisor", message: "The page you asked for does not exist or has moved." },
  { locale: "zh-HK", name: "算力顧問", message: "你要找的頁面不存在或已經移除。" },
  { locale: "zh-CN", name: "算力顾问", message: "你要找的页面不存在或已经移除。" },
] as const;

/**
 * The 404 page for every unknown URL: an unknown first segment (/fr/…) or an unknown path
 * under a locale (/en/nope). Next renders it without route params, so the locale is unknown
 * here and the page speaks all three UI languages, each linking to its own home.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <header className="site-header">
          <div className="container site-header__inner">
            <Link href="/en" className="brand">
              <BrandMark />
              <span>Compute Advisor</span>
            </Link>
          </div>
        </header>
        <main id="main" className="container">
          <div className="not-found">
            <p className="code" aria-hidden="true">
              404
            </p>
            <h1>Page not found</h1>
            {HOMES.map((h) => (
              <p key={h.locale} lang={h.locale} className="muted">
                {h.message}
              </p>
            ))}
            <nav aria-label="Language" className="actions">
              {HOMES.map((h, i) => (
                <Link
                  key={h.locale}
                  className={i === 0 ? "btn" : "btn btn--secondary"}
                  href={`/${h.locale}`}
                  hrefLang={h.locale}
                  lang={h.locale}
                >
                  {h.name}
                </Link>
              ))}
            </nav>
          </div>
        </main>
      </body>
    </html>
  );
}
