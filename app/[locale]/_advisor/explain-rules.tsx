"use client";

import { useTranslations } from "next-intl";
import type { Accelerator, Offer } from "@/lib/catalogue/offer-schema";
import { organisationQualifies } from "@/lib/domain/cost/estimate-cost";
import { daysBetween } from "@/lib/domain/scoring/check-constraints";
import { allows, RESIDENCY_ALLOWS, SENSITIVITY_ALLOWS } from "@/lib/domain/scoring/jurisdiction-policy";
import { formatMoney, type DisplayCurrency } from "@/lib/format/money";
import type { Locale } from "@/lib/i18n/locales";
import type { Needs } from "@/lib/needs/needs-schema";
import type { FieldLabels } from "@/lib/validation/field-labels";
import { useCatalogue } from "./catalogue-context";
import styles from "./explain.module.css";

type Rule = { key: string; need: string; offer: string; passed: boolean };

type Props = {
  offer: Offer;
  acc: Accelerator;
  needs: Needs;
  fieldLabels: FieldLabels;
  asOf: string;
  /** Total cost in HKD when known (ranked options, or excluded only by budget). */
  costHkd: number | null;
  currency: DisplayCurrency;
  locale: Locale;
};

/**
 * Every hard rule the engine checks (lib/domain/scoring/check-constraints.ts, plus the
 * budget), each with what the user needs, the option's own value and the result — the same
 * policy tables the engine uses, so the table cannot disagree with the ranking.
 */
export function ExplainRules({ offer, acc, needs, fieldLabels, asOf, costHkd, currency, locale }: Props) {
  const t = useTranslations("advisor.explain.rules");
  const tf = useTranslations("advisor.form");
  const tl = useTranslations("labels");
  const { catalogue } = useCatalogue();
  const j = offer.location.jurisdiction;
  const cpuWork = needs.workload === "cpu-hpc";
  const cpuOffer = acc.kind === "cpu-node";
  const money = (hkd: number) => formatMoney(hkd, currency, catalogue.fx, locale);
  const list = (items: readonly string[]) => items.join(locale === "en" ? ", " : "、");
  const allowedText = (rule: readonly string[] | "all") =>
    rule === "all" ? t("anywhere") : t("allowedIn", { list: list(rule.map((x) => tl(`jurisdiction.${x}`))) });
  const accName = (id: string) => {
    const a = catalogue.accelerators.find((x) => x.id === id);
    return a ? `${a.vendor} ${a.name}` : id;
  };
  const orgBits = (["hkRegistered", "mainlandEntity", "university"] as const)
    .filter((k) => needs.organisation[k])
    .map((k) => fieldLabels[`organisation.${k}`] ?? k);
  const spans = needs.peakGpus > offer.accelerator.perNode;

  const rules: Rule[] = [
    {
      key: "workloadKind",
      need: cpuWork ? t("cpuWork") : t("gpuWork"),
      offer: `${acc.vendor} ${acc.name}`,
      passed: cpuWork === cpuOffer,
    },
    {
      key: "residency",
      need: `${tf(`residency.${needs.residency}`)}`,
      offer: `${offer.location.label} · ${t("dataIn", { jurisdiction: tl(`jurisdiction.${j}`) })}`,
      passed: allows(RESIDENCY_ALLOWS[needs.residency], j),
    },
    {
      key: "sensitivity",
      need: `${tf(`sensitivity.${needs.dataSensitivity}`)} · ${allowedText(SENSITIVITY_ALLOWS[needs.dataSensitivity])}`,
      offer: t("dataIn", { jurisdiction: tl(`jurisdiction.${j}`) }),
      passed: allows(SENSITIVITY_ALLOWS[needs.dataSensitivity], j),
    },
  ];
  if (!cpuOffer) {
    rules.push(
      {
        key: "acceleratorModel",
        need: needs.accelerator.model === "any" ? t("anyModel") : accName(needs.accelerator.model),
        offer: `${acc.vendor} ${acc.name}`,
        passed: needs.accelerator.model === "any" || needs.accelerator.model === acc.id,
      },
      {
        key: "acceleratorMemory",
        need: t("atLeastGb", { gb: needs.accelerator.minMemoryGb }),
        offer: t("gb", { gb: acc.memoryGb }),
        passed: acc.memoryGb >= needs.accelerator.minMemoryGb,
      },
    );
  }
  rules.push(
    {
      key: "concurrency",
      need: t("peak", { peak: needs.peakGpus }),
      offer: t("maxHeld", { max: offer.maxAccelerators }),
      passed: needs.peakGpus <= offer.maxAccelerators,
    },
    {
      key: "multiNode",
      need: needs.multiNode ? t("multiNeeded") : t("multiNotNeeded", { peak: needs.peakGpus, perNode: offer.accelerator.perNode }),
      offer: offer.interconnect.multiNode
        ? t("multiYes", { fabric: offer.interconnect.fabric })
        : t("multiNo", { fabric: offer.interconnect.fabric }),
      passed: needs.multiNode ? offer.interconnect.multiNode : !spans || offer.interconnect.multiNode,
    },
    {
      key: "eligibility",
      need: t("orgProfile", { list: orgBits.length > 0 ? list(orgBits) : "—" }),
      offer: t("openTo", { list: list(offer.eligibility.anyOf.map((e) => tl(`eligibility.${e}`))) }),
      passed: organisationQualifies(offer.eligibility.anyOf, needs.organisation),
    },
    {
      key: "leadTime",
      need: needs.startBy === null ? t("noDeadline") : t("startBy", { date: needs.startBy, days: daysBetween(asOf, needs.startBy) }),
      offer: t("leadDays", { days: offer.leadTimeDays }),
      passed: needs.startBy === null || offer.leadTimeDays <= daysBetween(asOf, needs.startBy),
    },
    {
      key: "budget",
      need: needs.budgetHkd === null ? t("noBudget") : t("budgetMax", { amount: money(needs.budgetHkd) }),
      offer: costHkd === null ? "—" : t("costIs", { amount: money(costHkd) }),
      passed: needs.budgetHkd === null || (costHkd !== null && costHkd <= needs.budgetHkd),
    },
  );

  return (
    <div className="table-scroll">
      <table className={`data-table ${styles.explainTable}`}>
        <thead>
          <tr>
            <th scope="col">{t("rule")}</th>
            <th scope="col">{t("need")}</th>
            <th scope="col">{t("offer")}</th>
            <th scope="col">{t("result")}</th>
          </tr>
        </thead>
        <tbody>
          {rules.map((r) => (
            <tr key={r.key}>
              <th scope="row">{t(r.key)}</th>
              <td>{r.need}</td>
              <td>{r.offer}</td>
              <td>
                <span className={r.passed ? styles.pass : styles.fail}>
                  <span aria-hidden="true">{r.passed ? "✓ " : "✕ "}</span>
                  <span>{r.passed ? t("passed") : t("failed")}</span>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
