import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { NAMESPACES } from "@/lib/i18n/namespaces";
import { APPLICATION_PATHS, FAMILIES, SUPPORT_LANGUAGES, TOOLS } from "@/lib/catalogue/catalogue-vocabulary";
import {
  CERTIFICATIONS,
  DESCRIBED_PATHS,
  ELIGIBLE_ORGANISATIONS,
  FIGURE_PATHS,
  JURISDICTIONS,
  SOURCE_BASES,
  TENANCIES,
} from "@/lib/catalogue/offer-schema";

const MESSAGES_DIR = path.join(process.cwd(), "lib/i18n/messages");

type Tree = { [key: string]: string | Tree };

function load(locale: string, ns: string): Tree {
  return JSON.parse(readFileSync(path.join(MESSAGES_DIR, locale, `${ns}.json`), "utf8")) as Tree;
}

/** Leaf paths "a.b.c" of a message tree. */
function leaves(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`)));
}

function get(tree: Tree, dotted: string): string | Tree | undefined {
  return dotted.split(".").reduce<string | Tree | undefined>((node, k) => (typeof node === "object" ? node[k] : undefined), tree);
}

/** ICU argument names used by a message ("{count}", "{days, plural, …}"). */
function argumentsOf(message: string): string[] {
  return [...message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)].map((m) => m[1] as string).sort();
}

describe("message files", () => {
  it.each(LOCALES)("%s has exactly one file per registered namespace", (locale) => {
    const files = readdirSync(path.join(MESSAGES_DIR, locale))
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.replace(/\.json$/, ""))
      .sort();
    expect(files).toEqual([...NAMESPACES].sort());
  });

  it.each(NAMESPACES)("namespace %s has the same keys and arguments in every locale", (ns) => {
    const en = load("en", ns);
    const enLeaves = leaves(en).sort();
    for (const locale of LOCALES) {
      const tree = load(locale, ns);
      expect(leaves(tree).sort(), `${locale}/${ns}.json keys`).toEqual(enLeaves);
      for (const key of enLeaves) {
        const message = get(tree, key) as string;
        expect(message.trim(), `${locale}/${ns}.json "${key}" is empty`).not.toBe("");
        expect(argumentsOf(message), `${locale}/${ns}.json "${key}" arguments`).toEqual(argumentsOf(get(en, key) as string));
      }
    }
  });

  it("no key contains a dot (next-intl reads dots as nesting)", () => {
    const dotted = (tree: Tree, at: string): string[] =>
      Object.entries(tree).flatMap(([k, v]) => [
        ...(k.includes(".") ? [`${at}${k}`] : []),
        ...(typeof v === "string" ? [] : dotted(v, `${at}${k}/`)),
      ]);
    for (const locale of LOCALES) for (const ns of NAMESPACES) expect(dotted(load(locale, ns), `${locale}/${ns}:`)).toEqual([]);
  });
});

describe("labels namespace covers every catalogue enum", () => {
  const enumsByGroup: Record<string, readonly string[]> = {
    family: FAMILIES,
    jurisdiction: JURISDICTIONS,
    applicationPath: APPLICATION_PATHS,
    applicationPathHint: APPLICATION_PATHS,
    tool: TOOLS,
    tenancy: TENANCIES,
    certification: CERTIFICATIONS,
    eligibility: ELIGIBLE_ORGANISATIONS,
    supportLanguage: SUPPORT_LANGUAGES,
    basis: SOURCE_BASES,
    figure: [...FIGURE_PATHS, ...DESCRIBED_PATHS],
  };
  it.each(LOCALES)("%s", (locale) => {
    const labels = load(locale, "labels");
    for (const [group, values] of Object.entries(enumsByGroup)) {
      for (const value of values) {
        expect(typeof get(labels, `${group}.${value}`), `${locale} labels.${group}.${value}`).toBe("string");
      }
    }
  });
});
