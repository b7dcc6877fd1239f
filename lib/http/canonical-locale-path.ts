import { LOCALES } from "@/lib/i18n/locales";

const BY_LOWER = new Map(LOCALES.map((l) => [l.toLowerCase(), l]));

/**
 * The canonical spelling of a path whose first segment is a locale written in another case
 * (`/zh-hk` → `/zh-HK`, `/EN/catalogue` → `/en/catalogue`), or null when the path is
 * already canonical or does not start with a locale (unknown segments stay 404s).
 */
export function canonicalLocalePath(pathname: string): string | null {
  const match = /^\/([^/]+)(\/.*)?$/.exec(pathname);
  if (!match) return null;
  const first = match[1]!;
  const canonical = BY_LOWER.get(first.toLowerCase());
  if (canonical === undefined || canonical === first) return null;
  return `/${canonical}${match[2] ?? ""}`;
}
