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

/**
 * Institutions whose own clusters serve only their members (`{ "memberOf": [...] }` in an
 * offer's eligibility; `organisation.memberOf` in the needs). Ids are kebab-case short names.
 */
export const INSTITUTIONS = ["hkust", "hkust-gz", "cuhk", "cuhk-sz", "hku", "polyu", "cityu", "hkbu", "eduhk", "lingnan", "hkmu"] as const;

/** Figure paths that may carry a low–high range (offer.ranges keys). */
export const RANGE_PATHS = [
  "price.perAcceleratorHour",
  "leadTimeDays",
  "maxAccelerators",
  "queueWaitDays",
  "storage.pricePerTbMonth",
  "egress.pricePerTb",
] as const;

/** Locales whose provider / offer / location names live in each offer's `i18n` (English is the offer's own fields). */
export const LOCAL_NAME_LOCALES = ["zh-HK", "zh-CN"] as const;

/** Where the data sits, derived from the offer's jurisdiction (lib/catalogue/region.ts). */
export const REGIONS = ["hk", "mainland", "overseas"] as const;
