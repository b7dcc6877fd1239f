// ESLint flat config. The import boundaries of docs/method.md's architecture are enforced here:
// lib/domain is pure, and client components keep the server catalogue and zod off the first-load path.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import tseslint from "typescript-eslint";

const NODE_BUILTINS = ["fs", "path", "os", "child_process", "crypto", "http", "https", "net", "url", "util", "worker_threads", "stream", "zlib"];

/** Modules a "use client" file must not import at run time (type-only imports are fine). */
const CLIENT_FORBIDDEN = [
  { name: "zod", why: "zod stays off the first-load path: load validation lazily with import()" },
  { name: "server-only", why: "server-only modules cannot run in the browser" },
  { name: "@/lib/catalogue/catalogue", why: "the catalogue is loaded on the server and passed down as props" },
  { name: "@/lib/catalogue/parse-catalogue", why: "catalogue parsing (zod) belongs to the server" },
  { name: "@/lib/catalogue/offer-schema", why: "the offer schema (zod) belongs to the server" },
  { name: "@/lib/needs/needs-schema", why: "the needs schema (zod) is loaded lazily" },
  { name: "@/lib/url-state/share-state", why: "the share-state parser (zod) is loaded lazily" },
  { name: "@/lib/api/recommend-request", why: "request parsing (zod) belongs to the route handler" },
];

/** A rule that knows which files are client components: those whose first statement is "use client". */
const boundaries = {
  rules: {
    "client-imports": {
      meta: { type: "problem", schema: [], messages: { forbidden: "Client component imports {{name}}: {{why}}." } },
      create(context) {
        let isClient = false;
        return {
          Program(node) {
            isClient = node.body.some((s) => s.type === "ExpressionStatement" && s.directive === "use client");
          },
          ImportDeclaration(node) {
            if (!isClient || node.importKind === "type") return;
            if (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === "type")) return;
            const hit = CLIENT_FORBIDDEN.find((f) => node.source.value === f.name);
            if (hit) context.report({ node, messageId: "forbidden", data: hit });
          },
        };
      },
    },
  },
};

export default tseslint.config(
  { ignores: [".next/**", ".next-bench/**", "node_modules/**", "tests/artifacts/**", "next-env.d.ts", "var/**", "cache/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "@next/next": nextPlugin, boundaries },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "boundaries/client-imports": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { disallowTypeAnnotations: false }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["lib/domain/**/*.ts"],
    rules: {
      // Type-only imports (e.g. the Offer type) are allowed: they vanish at compile time.
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [...NODE_BUILTINS, "react", "react-dom", "zod", "server-only", "next-intl", "better-sqlite3", "pg"].map((name) => ({
            name,
            message: "lib/domain is pure: no UI, I/O, validation library or runtime modules.",
            allowTypeImports: true,
          })),
          patterns: [
            { group: ["node:*", "next", "next/*", "next-intl/*", "react/*", "@/app/*", "@/lib/catalogue/catalogue", "@/lib/catalogue/parse-catalogue", "@/lib/api/*", "@/lib/i18n/*"], message: "lib/domain is pure: no UI, I/O, framework or wording modules.", allowTypeImports: true },
          ],
        },
      ],
      "no-restricted-globals": ["error", { name: "fetch", message: "lib/domain does no I/O." }],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "lib/domain takes the date as an argument." },
        { object: "Math", property: "random", message: "lib/domain takes a seeded random source." },
      ],
    },
  },
  {
    files: ["**/*.cjs", "**/*.mjs", "next.config.js"],
    languageOptions: { globals: { require: "readonly", module: "writable", process: "readonly", console: "readonly", __dirname: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
