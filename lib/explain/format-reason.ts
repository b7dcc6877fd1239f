import type { Accelerator, SubsidyScheme } from "@/lib/catalogue/offer-schema";
import type { Reason } from "@/lib/domain/reason";
import type { UiLocale } from "@/lib/validation/localise-issues";
import { formatHkd } from "@/lib/format/money";
import { formatterFor } from "@/lib/i18n/formatter";
import { schemeNameById } from "@/lib/i18n/local-names";

/**
 * Where a reason's words come from, in one UI language. `message` reads a leaf of the
 * next-intl messages by its full dotted path ("reasons.exclude.budget", "labels.tool.slurm")
 * and returns undefined for a missing one. The server reads the JSON files
 * (lib/explain/reason-text.ts); the browser reads the messages it already holds, so no
 * label table is shipped as code.
 */
export type ReasonVocabulary = {
  message: (path: string) => string | undefined;
  subsidies: readonly Pick<SubsidyScheme, "id" | "name" | "nameZhHK" | "nameZhCN">[];
  accelerators: readonly Pick<Accelerator, "id" | "name">[];
};

/** Which message group translates a parameter's value (enum ids → words in the UI language). */
function labelGroupFor(code: string, param: string): string | undefined {
  switch (param) {
    case "jurisdiction":
      return "labels.jurisdiction";
    case "path":
      return "labels.applicationPath";
    case "tenancy":
      return "labels.tenancy";
    case "anyOf":
      return "labels.eligibility";
    case "language":
    case "offered":
      return code === "exclude.accelerator-model" ? undefined : "labels.supportLanguage";
    case "list":
      return code.startsWith("security.") ? "labels.certification" : "labels.tool";
    case "sensitivity":
      return "advisor.form.sensitivity";
    case "rule":
      return "advisor.form.residency";
    default:
      return undefined;
  }
}

/**
 * An amount in HKD: written as money ("HK$2,352,686"), the way every other figure on the page
 * is, so templates carry no currency word. By name: `hkd`, `…Hkd`, and a subsidy's `cap`.
 */
const isHkdParam = (code: string, param: string) => param === "hkd" || param.endsWith("Hkd") || (code === "subsidy.capped" && param === "cap");

/**
 * Renders a reason in the given language from its template `reasons.<code>`: enum ids in the
 * parameters (jurisdictions, application paths, tools, certifications, languages,
 * sensitivity, residency, subsidy schemes, accelerators) become their labels; numbers use a
 * pinned locale, HKD amounts the money format. An unknown code renders as the code; a missing parameter stays "{name}".
 */
export function formatReason(r: Reason, locale: UiLocale, vocab: ReasonVocabulary): string {
  const t = vocab.message(`reasons.${r.code}`) ?? r.code;
  const format = formatterFor(locale);
  return t.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = r.params[k];
    if (v === undefined) return `{${k}}`;
    if (typeof v === "number") return isHkdParam(r.code, k) ? formatHkd(v, locale) : format.number(v, "decimal2");
    const text = Array.isArray(v) ? v.join(", ") : String(v);
    if (k === "scheme") return schemeNameById(vocab.subsidies, text, locale);
    if (r.code === "exclude.accelerator-model" && (k === "wanted" || k === "offered")) {
      return vocab.accelerators.find((a) => a.id === text)?.name ?? text;
    }
    const group = labelGroupFor(r.code, k);
    if (!group) return text;
    const items = Array.isArray(v) ? v.map(String) : text.split(", ");
    return format.list(
      // An eligibility entry may be a named institution ({ memberOf: [...] } lists its ids).
      items.map((x) => vocab.message(`${group}.${x}`) ?? vocab.message(`labels.institution.${x}`) ?? x),
      "and",
    );
  });
}
