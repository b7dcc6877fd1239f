// A client component importing this would ship every locale's messages and the catalogue as code.
import "server-only";
import type { Reason } from "@/lib/domain/reason";
import { UI_LOCALES, type UiLocale } from "@/lib/validation/localise-issues";
import { catalogue } from "@/lib/catalogue/catalogue";
import advisorEn from "@/lib/i18n/messages/en/advisor.json";
import advisorZhHK from "@/lib/i18n/messages/zh-HK/advisor.json";
import advisorZhCN from "@/lib/i18n/messages/zh-CN/advisor.json";
import labelsEn from "@/lib/i18n/messages/en/labels.json";
import labelsZhHK from "@/lib/i18n/messages/zh-HK/labels.json";
import labelsZhCN from "@/lib/i18n/messages/zh-CN/labels.json";
import reasonsEn from "@/lib/i18n/messages/en/reasons.json";
import reasonsZhHK from "@/lib/i18n/messages/zh-HK/reasons.json";
import reasonsZhCN from "@/lib/i18n/messages/zh-CN/reasons.json";
import { messageLeaf, type MessageTree } from "@/lib/i18n/message-leaf";
import { acceleratorName } from "@/lib/i18n/local-names";
import { formatReason, type ReasonVocabulary } from "./format-reason";

/*
 * Reasons rendered on the server: the API's answers (and the tests). Client components use
 * useReasonText (app/[locale]/_advisor/use-reason-text.ts), which reads the messages the
 * page already holds.
 */

type Triple = Record<UiLocale, string>;

const MESSAGES: Record<UiLocale, MessageTree> = {
  en: { reasons: reasonsEn, labels: labelsEn, advisor: advisorEn },
  "zh-HK": { reasons: reasonsZhHK, labels: labelsZhHK, advisor: advisorZhHK },
  "zh-CN": { reasons: reasonsZhCN, labels: labelsZhCN, advisor: advisorZhCN },
};

const vocabulary = (locale: UiLocale): ReasonVocabulary => ({
  message: (path) => messageLeaf(MESSAGES[locale], path),
  subsidies: catalogue.subsidies,
  // Accelerator names as the locale's page shows them ("CPU 節點：…" on a zh-HK page).
  accelerators: catalogue.accelerators.map((a) => ({ id: a.id, name: acceleratorName(a, locale) })),
});

/**
 * Sentence templates for every reason code the engine emits, in en / zh-HK / zh-CN, read
 * from the `reasons` message namespace ("cost.packaging" → reasons.cost.packaging). {name}
 * is replaced by the reason's parameter; a test checks every code the engine can produce
 * has all three and that no placeholder is left unfilled.
 */
export const REASON_TEMPLATES: Record<string, Triple> = Object.fromEntries(
  Object.entries(reasonsEn).flatMap(([group, codes]) =>
    Object.keys(codes).map((name) => {
      const code = `${group}.${name}`;
      return [code, Object.fromEntries(UI_LOCALES.map((l) => [l, messageLeaf(MESSAGES[l], `reasons.${code}`) ?? ""])) as Triple];
    }),
  ),
);

/** A reason in the given language, with the real catalogue's subsidy and accelerator names (see formatReason). */
export function reasonText(r: Reason, locale: UiLocale): string {
  return formatReason(r, locale, vocabulary(locale));
}
