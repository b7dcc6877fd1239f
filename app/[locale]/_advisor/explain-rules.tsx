"use client";

import { useTranslations } from "next-intl";
import type { RuleCheck } from "@/lib/domain/scoring/rule-check";
import { formatMoney, type DisplayCurrency } from "@/lib/format/money";
import { labelOr } from "@/lib/i18n/label-or";
import { useFormat } from "@/lib/i18n/use-format";
import type { Locale } from "@/lib/i18n/locales";
import type { FieldLabels } from "@/lib/validation/field-labels";
import { eligibilityText } from "@/app/_components/eligibility-text";
import { useCatalogue } from "./catalogue-context";
import styles from "./explain.module.css";
import { SimpleTable } from "@/app/_components/simple-table";

type Props = {
  /** The engine's verdict on every hard rule for this option (RankedOption / ExcludedOption `ruleChecks`). */
  checks: readonly RuleCheck[];
  fieldLabels: FieldLabels;
  currency: DisplayCurrency;
  locale: Locale;
};

/**
 * Every hard rule with what the user needs, the option's own value and the result — exactly
 * the checks the engine ran (lib/domain/scoring/rule-check.ts). Nothing is re-derived here:
 * this component only puts the engine's values into words.
 */
export function ExplainRules({ checks, fieldLabels, currency, locale }: Props) {
  const describe = useRuleCheckText(fieldLabels, currency, locale);
  const t = useTranslations("advisor.explain.rules");
  return (
    <SimpleTable
      className={`data-table ${styles.explainTable}`}
      scroll={{ className: "table-scroll" }}
      columns={[{ label: t("rule") }, { label: t("need") }, { label: t("offer") }, { label: t("result") }]}
    >
      {checks.map((c) => {
        const text = describe(c);
        return (
          <tr key={c.rule} data-rule={c.rule} data-passed={c.passed}>
            <th scope="row">{t(`name.${c.rule}`)}</th>
            <td>{text.need}</td>
            <td>{text.offer}</td>
            <td>
              <span className={c.passed ? styles.pass : styles.fail}>
                <span aria-hidden="true">{c.passed ? "✓ " : "✕ "}</span>
                <span>{c.passed ? t("passed") : t("failed")}</span>
              </span>
            </td>
          </tr>
        );
      })}
    </SimpleTable>
  );
}

/** The need and offer side of a RuleCheck in words, from its typed values. */
function useRuleCheckText(fieldLabels: FieldLabels, currency: DisplayCurrency, locale: Locale) {
  const t = useTranslations("advisor.explain.rules");
  const tf = useTranslations("advisor.form");
  const tl = useTranslations("labels");
  const format = useFormat();
  const { catalogue } = useCatalogue();
  const money = (hkd: number) => formatMoney(hkd, currency, catalogue.fx, locale);
  const jurisdiction = (j: string) => labelOr(tl, `jurisdiction.${j}`, j);
  const allowedText = (allowed: readonly string[] | "all") =>
    allowed === "all" ? t("anywhere") : t("allowedIn", { list: format.list(allowed.map(jurisdiction), "and") });
  const accName = (id: string) => {
    const a = catalogue.accelerators.find((x) => x.id === id);
    return a ? `${a.vendor} ${a.name}` : id;
  };

  return (c: RuleCheck): { need: string; offer: string } => {
    switch (c.rule) {
      case "workload-kind":
        return { need: c.need.workload === "cpu-hpc" ? t("cpuWork") : t("gpuWork"), offer: accName(c.offer.model) };
      case "residency":
        return {
          need:
            c.need.allowed === "all"
              ? tf(`residency.${c.need.residency}`)
              : `${tf(`residency.${c.need.residency}`)} · ${allowedText(c.need.allowed)}`,
          offer: t("dataIn", { jurisdiction: jurisdiction(c.offer.jurisdiction) }),
        };
      case "sensitivity":
        return {
          need: `${tf(`sensitivity.${c.need.sensitivity}`)} · ${allowedText(c.need.allowed)}`,
          offer: t("dataIn", { jurisdiction: jurisdiction(c.offer.jurisdiction) }),
        };
      case "accelerator-model":
        return { need: c.need.model === "any" ? t("anyModel") : accName(c.need.model), offer: accName(c.offer.model) };
      case "accelerator-memory":
        return { need: t("atLeastGb", { gb: c.need.minMemoryGb }), offer: t("gb", { gb: c.offer.memoryGb }) };
      case "concurrency":
        return {
          need:
            c.need.held !== c.need.peak
              ? t("peakHeld", { peak: c.need.peak, held: c.need.held, perNode: c.offer.perNode })
              : t("peak", { peak: c.need.peak }),
          offer: t("maxHeld", { max: c.offer.maxAccelerators }),
        };
      case "multi-node":
        return {
          need: c.need.multiNode ? t("multiNeeded") : t("multiNotNeeded"),
          offer: c.offer.multiNode ? t("multiYes", { fabric: c.offer.fabric }) : t("multiNo", { fabric: c.offer.fabric }),
        };
      case "single-node-fit": {
        const reason = c.need.multiNode
          ? t("fitExemptMulti")
          : c.need.workload === "inference"
            ? t("fitExemptInference")
            : t("fitExemptOffer");
        return {
          need: c.need.exempt ? t("fitExempt", { reason }) : t("fitNeed", { peak: c.need.peak }),
          offer: t("perNode", { perNode: c.offer.perNode }),
        };
      }
      case "eligibility": {
        const bits = (["hkRegistered", "mainlandEntity", "university"] as const)
          .filter((k) => c.need[k])
          .map((k) => fieldLabels[`organisation.${k}`] ?? k);
        if (c.need.overseasEntities.length > 0)
          bits.push(
            t("entitiesIn", {
              countries: format.list(
                c.need.overseasEntities.map((x) => format.regionName(x)),
                "and",
              ),
            }),
          );
        if (c.need.memberOf.length > 0)
          bits.push(
            t("membersOf", {
              list: format.list(
                c.need.memberOf.map((i) => labelOr(tl, `institution.${i}`, i)),
                "and",
              ),
            }),
          );
        return {
          need: bits.length > 0 ? t("orgProfile", { list: format.list(bits, "and") }) : t("profileNone"),
          offer: t("openTo", { list: eligibilityText(c.offer.anyOf, c.offer.hostCountries, tl, format) }),
        };
      }
      case "lead-time":
        return {
          need:
            c.need.startBy === null || c.need.availableDays === null
              ? t("noDeadline")
              : t("startBy", { date: c.need.startBy, days: c.need.availableDays }),
          offer:
            c.offer.exportFilingDays > 0
              ? t("leadDaysFiling", { days: c.offer.leadTimeDays, filing: c.offer.exportFilingDays })
              : t("leadDays", { days: c.offer.leadTimeDays }),
        };
      case "budget":
        return { need: t("budgetMax", { amount: money(c.need.budgetHkd) }), offer: t("costIs", { amount: money(c.offer.costHkd) }) };
    }
  };
}
