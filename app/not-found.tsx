import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = { title: "Page not found · Compute Advisor" };

/**
 * Not-found for URLs outside a locale segment (e.g. /xx/… with an unknown locale). No locale
 * is known here, so the page speaks all three UI languages and links to each home.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main id="main" className="container">
          <div className="not-found">
            <p className="code" aria-hidden="true">
              404
            </p>
            <h1>Page not found</h1>
            <p lang="zh-HK">找不到頁面</p>
            <p lang="zh-CN">找不到页面</p>
            <nav aria-label="Language" className="actions">
              <a className="btn" href="/en" hrefLang="en" lang="en">
                Compute Advisor
              </a>
              <a className="btn btn--secondary" href="/zh-HK" hrefLang="zh-HK" lang="zh-HK">
                算力顧問
              </a>
              <a className="btn btn--secondary" href="/zh-CN" hrefLang="zh-CN" lang="zh-CN">
                算力顾问
              </a>
            </nav>
          </div>
        </main>
      </body>
    </html>
  );
}
