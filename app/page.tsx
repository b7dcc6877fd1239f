import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * "/" → "/<locale>" chosen from the browser's Accept-Language (there is no middleware).
 * A query string is carried over, so a shared "/?…" advisor link keeps its state.
 */
export default async function RootRedirect({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const locale = negotiateLocale((await headers()).get("accept-language"));
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) query.append(key, v);
  }
  const qs = query.toString();
  redirect(qs ? `/${locale}?${qs}` : `/${locale}`);
}
