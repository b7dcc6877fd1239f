/**
 * The catalogue's closed lists that code other than the schema walks through at run time
 * (the advisor's filters, form and columns, the UX score), as plain constants. offer-schema.ts
 * builds its zod enums from them; they live apart, without zod, because importing
 * offer-schema.ts from the browser would put zod in the page's first-load JavaScript. Lists
 * only the schema needs stay in offer-schema.ts.
 */

export const FAMILIES = ["cloud", "mainland-sc", "overseas-sc", "hk-sc"] as const;

export const APPLICATION_PATHS = ["self-serve", "online-application", "proposal-review", "institutional-agreement"] as const;

export const TOOLS = ["jupyter", "containers", "kubernetes", "slurm", "web-console", "api"] as const;

export const SUPPORT_LANGUAGES = ["en", "zh-HK", "zh-CN", "ja", "ko", "de", "fr"] as const;
