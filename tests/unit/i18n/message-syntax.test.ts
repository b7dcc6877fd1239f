import { createTranslator, IntlErrorCode, type IntlError } from "next-intl";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { NAMESPACES } from "@/lib/i18n/namespaces";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`)));
}

describe.each(LOCALES)("%s messages", (locale) => {
  it("every message is valid ICU (a broken select or brace would show the raw key to users)", async () => {
    const messages = Object.fromEntries(
      await Promise.all(
        NAMESPACES.map(async (ns) => [ns, (await import(`@/lib/i18n/messages/${locale}/${ns}.json`)).default as Tree] as const),
      ),
    );
    const invalid: string[] = [];
    const t = createTranslator({
      locale,
      messages,
      onError: (e: IntlError) => {
        // Missing values are expected here (no parameters are passed); a parse error is not.
        if (e.code === IntlErrorCode.INVALID_MESSAGE) invalid.push(e.message);
      },
    });
    for (const key of leaves(messages as Tree)) {
      // Rich-text messages (<time>…</time>) are checked the same way.
      t.markup(key as never, { time: (chunks: string) => chunks } as never);
    }
    expect(invalid).toEqual([]);
  });
});
