import { cachedTranslator } from "@/lib/i18n/cached-translator";
import en from "@/lib/i18n/messages/en/demand.json";
import zhHK from "@/lib/i18n/messages/zh-HK/demand.json";
import zhCN from "@/lib/i18n/messages/zh-CN/demand.json";

/**
 * The demand page's wording for server code (the demand routes' 400 answers, the API's
 * population rows): one translator per locale, built once, with typed keys.
 */
export const demandText = cachedTranslator("demand", { en, "zh-HK": zhHK, "zh-CN": zhCN });
