// @ts-check
// next-intl 4 ships a CommonJS export for its plugin; the request config lives in lib/i18n
// because the repository's top level is fixed (no i18n/ folder).
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// `npm run bench` builds with BENCH=1: into its own folder (the product build in .next stays
// as it was) and with one extra route, app/api/recommend/noop/route.bench.ts, the no-op
// ceiling the load benchmark compares /api/recommend with. The product never compiles it.
const bench = process.env.BENCH === "1";

/** @type {import('next').NextConfig} */
const nextConfig = {
  ...(bench ? { distDir: ".next-bench", pageExtensions: ["tsx", "ts", "bench.ts"] } : {}),
  poweredByHeader: false,
  // npm start's server (lib/http/app-server.ts) compresses instead, after it has moved the
  // page's scripts behind the first paint (lib/http/defer-hydration.ts), which needs the HTML
  // as Next wrote it.
  compress: false,
  reactStrictMode: true,
  async rewrites() {
    return {
      // Checked after files and static routes (/_next/*, /icon.svg, /api/*), before dynamic
      // routes: a first segment that is not one of our locales (/fr, /xx/catalogue) would
      // otherwise reach app/[locale] and hit notFound() in a dynamic render, which Next
      // answers with an empty HTML shell (vercel/next.js#62228). Sending it to a path no
      // route matches makes Next serve app/not-found.tsx, server-rendered, with status 404.
      // Keep the locale list in step with lib/i18n/locales.ts, and never add a route that
      // matches /en/__not-found__. "api" is excluded too: dynamic API routes
      // (/api/consultations/[id]/…) are matched after this rewrite, not before it.
      afterFiles: [
        {
          source: "/:first((?!(?:en|zh-HK|zh-CN)(?:/|$))(?!api(?:/|$))[^/]+)/:rest*",
          destination: "/en/__not-found__",
        },
      ],
    };
  },
};

module.exports = withNextIntl(nextConfig);
