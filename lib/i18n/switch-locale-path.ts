import { isLocale, type Locale } from "./locales";

/**
 * The same page in another locale: swaps the leading locale segment of `pathname` and
 * keeps the rest of the path, the query string (the advisor keeps its whole state there)
 * and the hash. A path without a locale segment gets one prefixed.
 *
 * switchLocalePath("/en/catalogue", "?family=cloud", "zh-HK") → "/zh-HK/catalogue?family=cloud"
 */
export function switchLocalePath(pathname: string, search: string, target: Locale, hash = ""): string {
  const segments = pathname.split("/").filter((s) => s !== "");
  if (segments.length > 0 && isLocale(segments[0])) segments.shift();
  const path = `/${[target, ...segments].join("/")}`;
  const query = search === "" || search === "?" ? "" : search.startsWith("?") ? search : `?${search}`;
  const fragment = hash === "" || hash === "#" ? "" : hash.startsWith("#") ? hash : `#${hash}`;
  return `${path}${query}${fragment}`;
}
