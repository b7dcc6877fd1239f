import type { AbstractIntlMessages } from "next-intl";
import { getMessages } from "next-intl/server";
import type { Namespace } from "./namespaces";

/**
 * The request's messages, only the given namespaces: what a page hands its client island's
 * NextIntlClientProvider. Everything a provider receives is serialised into the page's HTML,
 * so each island asks for the namespaces its components read instead of all of them (the
 * method page, which has no client translations, then sends none). Server only.
 */
export async function clientMessages(namespaces: readonly Namespace[]): Promise<AbstractIntlMessages> {
  const all = await getMessages();
  return Object.fromEntries(namespaces.map((ns) => [ns, all[ns] ?? {}]));
}
