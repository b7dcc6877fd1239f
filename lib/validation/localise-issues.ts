import type { z } from "zod";
import { formatterFor } from "@/lib/i18n/formatter";
import { isLocale, LOCALES, type Locale } from "@/lib/i18n/locales";
import { fieldLabelTable, validationTranslator } from "./validation-messages";

/** The UI languages (one home: lib/i18n/locales.ts), under the names validation code uses. */
export const UI_LOCALES = LOCALES;
export type UiLocale = Locale;

/** Path as the client sent it, e.g. "needs.priceOverrides.0.discountPct". */
export type LocalisedIssue = { path: string; field: string; code: string; message: string };

type T = ReturnType<typeof validationTranslator>;

function labelFor(path: readonly PropertyKey[], locale: UiLocale, t: T): string {
  // Strip a leading "needs" so the same labels serve the form (no prefix) and the API.
  const parts = path.map((p) => (typeof p === "number" ? "*" : String(p)));
  const rel = parts[0] === "needs" && parts.length > 1 ? parts.slice(1) : parts;
  const labels = fieldLabelTable(locale);
  for (let n = rel.length; n > 0; n--) {
    // Own keys only: a path segment can be a key the client sent ("constructor", "__proto__").
    const key = rel.slice(0, n).join(".");
    if (Object.hasOwn(labels, key)) return labels[key]!;
  }
  return rel.join(".") || t("request");
}

function describe(issue: z.core.$ZodIssue, locale: UiLocale, t: T): string {
  const format = formatterFor(locale);
  const num = (n: unknown) => (typeof n === "number" || typeof n === "bigint" ? format.number(Number(n)) : String(n));
  switch (issue.code) {
    case "invalid_type": {
      const received = (issue as { input?: unknown }).input;
      if (received === undefined) return t("issues.required");
      if (issue.expected === "number" && typeof received === "number" && Number.isNaN(received)) return t("issues.notANumber");
      const whatKey = `issues.what.${issue.expected}`;
      const what = t.has(whatKey as never) ? t(whatKey as never) : issue.expected;
      return t("issues.mustBe", { what });
    }
    case "too_small": {
      const min = num(issue.minimum);
      if (issue.origin === "array") return t("issues.tooSmallArray", { min });
      if (issue.origin === "string") return t("issues.notEmpty");
      return issue.inclusive ? t("issues.atLeast", { min }) : t("issues.greaterThan", { min });
    }
    case "too_big": {
      const max = num(issue.maximum);
      if (issue.origin === "array") return t("issues.tooBigArray", { max });
      if (issue.origin === "string") return t("issues.tooLongString", { max });
      return issue.inclusive ? t("issues.atMost", { max }) : t("issues.lessThan", { max });
    }
    case "invalid_value": {
      if ("input" in issue && issue.input === undefined) return t("issues.required");
      return t("issues.oneOf", { allowed: issue.values.map((v) => String(v)).join(", ") });
    }
    case "unrecognized_keys":
      return t("issues.unknownKeys", { keys: issue.keys.join(", ") });
    case "invalid_format":
      return issue.format === "date" ? t("issues.invalidDate") : t("issues.invalidFormat", { format: issue.format });
    case "not_multiple_of":
      return t("issues.wholeNumber");
    case "custom": {
      const params = (issue.params ?? {}) as { key?: string } & Record<string, unknown>;
      const key = params.key ? `custom.${params.key}` : undefined;
      if (!key || !t.has(key as never)) return issue.message;
      const values = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "number" ? num(v) : String(v)]));
      return t(key as never, values as never);
    }
    default:
      return issue.message;
  }
}

/**
 * Turns zod issues into messages in the user's language, each naming the field by its
 * form label: "GPU-hours per month: must be greater than 0" / "每月 GPU 小時：必須大於 0".
 */
export function localiseIssues(issues: readonly z.core.$ZodIssue[], locale: UiLocale): LocalisedIssue[] {
  const t = validationTranslator(locale);
  return issues.map((issue) => {
    const field = labelFor(issue.path, locale, t);
    return {
      path: issue.path.map(String).join("."),
      field,
      code: issue.code,
      message: t("fieldMessage", { field, message: describe(issue, locale, t) }),
    };
  });
}

/** A refinement message by its `params.key`, e.g. for a message shown outside a form field. */
export function customMessage(key: string, locale: UiLocale): string | undefined {
  const t = validationTranslator(locale);
  return t.has(`custom.${key}` as never) ? t(`custom.${key}` as never) : undefined;
}

export const isUiLocale = isLocale;
