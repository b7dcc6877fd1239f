import { cachedTranslator } from "@/lib/i18n/cached-translator";
import type { Locale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en/consultations.json";
import zhHK from "@/lib/i18n/messages/zh-HK/consultations.json";
import zhCN from "@/lib/i18n/messages/zh-CN/consultations.json";

const MESSAGES = { en, "zh-HK": zhHK, "zh-CN": zhCN } as const;

/** The consultations messages of one language, for route handlers (no request context needed); one translator per language per process. */
export const consultationsText = cachedTranslator("consultations", MESSAGES);

export type ApiErrorCode = keyof typeof en.api;

export function apiErrorText(locale: Locale, code: ApiErrorCode): string {
  return consultationsText(locale)(`api.${code}`);
}

/** The label of a consultation field, or undefined (own keys only: a path segment can be a key the client sent, e.g. "constructor"). */
export function fieldLabel(locale: Locale, path: string): string | undefined {
  const fields = MESSAGES[locale].fields as Record<string, string>;
  return Object.hasOwn(fields, path) ? fields[path] : undefined;
}

export type ValidationKey = keyof typeof en.validation;

/** Messages for this feature's own refinements (`params.key`), or undefined for anyone else's. */
export function validationText(locale: Locale, key: string | undefined): string | undefined {
  const table = MESSAGES[locale].validation as Record<string, string>;
  return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}
