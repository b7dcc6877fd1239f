// @ts-check
// next-intl 4 ships a CommonJS export for its plugin; the request config lives in lib/i18n
// because the repository's top level is fixed (no i18n/ folder, no middleware/proxy).
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
};

module.exports = withNextIntl(nextConfig);
