import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/*
 * What a client component imports at run time reaches the browser's first-load JavaScript,
 * however many files lie in between. ESLint (boundaries/client-imports) checks a client file's
 * own imports; this follows every static, non-type import from each "use client" file through
 * the repository and fails on a path to zod, the server catalogue or a server-only module. Dynamic
 * import() is where validation is meant to load lazily, so it is not followed.
 */
const ROOT = path.resolve(__dirname, "../../..");
const FORBIDDEN: { test: (spec: string, file: string | null) => boolean; why: string }[] = [
  { test: (s) => s === "zod" || s.startsWith("zod/"), why: "zod" },
  { test: (s) => s === "server-only", why: "a server-only module" },
  { test: (_s, f) => f === path.join(ROOT, "lib/catalogue/catalogue.ts"), why: "the server catalogue" },
];

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (base === null) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Module specifiers a file imports or re-exports at run time (type-only imports left out). */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const specs: string[] = [];
  for (const s of source.statements) {
    if (ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier)) {
      const clause = s.importClause;
      if (clause?.isTypeOnly) continue;
      const named = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined && clause.name === undefined && named !== undefined && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
      if (!onlyTypes) specs.push(s.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(s) && s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier) && !s.isTypeOnly) {
      specs.push(s.moduleSpecifier.text);
    }
  }
  return specs;
}

function isClientComponent(file: string): boolean {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const first = source.statements[0];
  return first !== undefined && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use client";
}

/** Chains from `entry` to a forbidden module, each as "a.tsx → b.ts → zod". */
function forbiddenChains(entry: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const queue: [string, string[]][] = [[entry, [path.relative(ROOT, entry)]]];
  while (queue.length > 0) {
    const [file, chain] = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of runtimeImports(file)) {
      const target = resolve(file, spec);
      const hit = FORBIDDEN.find((f) => f.test(spec, target));
      if (hit) found.push(`${[...chain, target ? path.relative(ROOT, target) : spec].join(" → ")} (${hit.why})`);
      else if (target && /\.tsx?$/.test(target)) queue.push([target, [...chain, path.relative(ROOT, target)]]);
    }
  }
  return found;
}

const clientFiles = readdirSync(path.join(ROOT, "app"), { recursive: true, encoding: "utf8" })
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => path.join(ROOT, "app", f))
  .filter(isClientComponent);

describe("client components' static imports", () => {
  it("finds the client components", () => {
    expect(clientFiles.length).toBeGreaterThan(20);
  });

  it("never reach zod, the server catalogue or a server-only module", () => {
    expect(clientFiles.flatMap(forbiddenChains)).toEqual([]);
  });
});
