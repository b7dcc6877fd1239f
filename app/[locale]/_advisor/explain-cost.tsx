"use client";

import { useTranslations } from "next-intl";
import type { Offer } from "@/lib/catalogue/offer-schema";
import type { RankedOption } from "@/lib/domain/scoring/recommend";
import { formatMoney, formatNumber, type DisplayCurrency } from "@/lib/format/money";
import type { Locale } from "@/lib/i18n/locales";
import type { Needs } from "@/lib/needs/needs-schema";
import { useCatalogue } from "./catalogue-context";
import { SourceList, sourcesFor } from "@/app/_components/source-list";
import { useReasonText } from "./use-reason-text";
import styles from "./explain.module.css";
import { CostLines } from "@/app/_components/cost-lines";
import { overrideFor, providerLookup } from "@/lib/domain/cost/price-override";
import { schemeNameById } from "@/lib/i18n/local-names";
import { useResultLabels } from "./results/use-result-labels";

type Props = { option: RankedOption; offer: Offer; needs: Needs; currency: DisplayCurrency; locale: Locale };

const subsidyName = schemeNameById;

/** Each cost line with its formula, amount and the sources of the figures it uses. */
export function ExplainCost({ option, offer, needs, currency, locale }: Props) {
  const t = useTranslations("advisor.explain.cost");
  const { catalogue } = useCatalogue();
  const reasonText = useReasonText(locale);
  const hkd = (n: number) => formatMoney(n, "HKD", catalogue.fx, locale);
  const shown = (n: number) => formatMoney(n, currency, catalogue.fx, locale);
  // One wording for cost lines: the same labels as the expanded row.
  const { costLine } = useResultLabels(locale);
  const lineSources = (figures: readonly string[], label: string) => {
    const own = sourcesFor(offer.sources, figures);
    if (label.startsWith("subsidy:")) {
      const scheme = catalogue.subsidies.find((s) => s.id === label.slice(8));
      return [...own, ...(scheme?.sources ?? [])];
    }
    return own;
  };
  const cpu =
    option.accelerator.model === catalogue.referenceCpuModel ||
    catalogue.accelerators.find((a) => a.id === option.accelerator.model)?.kind === "cpu-node";
  const rates = Object.entries(catalogue.fx.hkdPer)
    .filter(([c]) => c !== "HKD")
    .filter(
      ([c]) => c === offer.price.currency || c === currency || overrideFor(needs.priceOverrides, offer, providerLookup(catalogue.offers))?.currency === c,
    )
    .map(([c, r]) => `${c} ${formatNumber(r, locale, 4)}`)
    .join(" · ");

  return (
    <>
      <div className="table-scroll">
        <CostLines
          lines={option.costBreakdown}
          totalHkd={option.costHkd}
          monthlyHkd={option.monthlyCostHkd}
          money={hkd}
          lineLabel={costLine}
          formulaAs="code"
          lineExtra={(line) => <SourceList sources={lineSources(line.figures, line.label)} freshness={option.freshness} compact />}
          headers={{
            item: `${t("line")} · ${t("formula")} · ${t("sources")}`,
            amount: t("amount"),
            total: (
              <>
                {t("total")}
                {currency !== "HKD" ? (
                  <span className={`muted small ${styles.displayed}`}>{t("displayed", { currency, amount: shown(option.costHkd) })}</span>
                ) : null}
              </>
            ),
            monthly: (
              <>
                {t("perMonth")}
                {currency !== "HKD" ? (
                  <span className={`muted small ${styles.displayed}`}>
                    {t("displayed", { currency, amount: shown(option.monthlyCostHkd) })}
                  </span>
                ) : null}
              </>
            ),
          }}
          classes={{
            table: `data-table ${styles.explainTable} ${styles.costTable}`,
            numCell: "is-numeric num",
            label: styles.costLabel,
            formula: styles.formula,
            totalRow: styles.totalRow,
          }}
        />
      </div>
      <p className="small muted">
        {t("effectiveHours", {
          hours: formatNumber(option.cost.effectiveHours, locale, 0),
          billed: formatNumber(option.cost.billedHours, locale, 0),
          unit: cpu ? "node-h" : "GPU-h",
        })}{" "}
        {rates ? t("fx", { date: catalogue.fx.asOf, rates }) : null}
      </p>
      {option.reasons.length > 0 ? (
        <ul className={styles.reasonList}>
          {option.reasons
            .filter((r) => !r.code.startsWith("subsidy."))
            .map((r, i) => (
              <li key={`${r.code}-${i}`}>{reasonText(r)}</li>
            ))}
        </ul>
      ) : null}
    </>
  );
}

/** For each subsidy the firm expects: applied (with the amount) or why not. */
export function ExplainSubsidies({ option, needs, locale }: Omit<Props, "offer" | "currency">) {
  const t = useTranslations("advisor.explain.subsidies");
  const { catalogue } = useCatalogue();
  const hkd = (n: number) => formatMoney(n, "HKD", catalogue.fx, locale);
  if (needs.subsidies.length === 0) return <p className="small muted">{t("none")}</p>;
  return (
    <ul className={styles.subsidyList}>
      {needs.subsidies.map((id) => {
        const scheme = catalogue.subsidies.find((s) => s.id === id);
        const line = option.costBreakdown.find((l) => l.label === `subsidy:${id}`);
        const notEligible = option.reasons.some((r) => r.code === "subsidy.not-eligible" && r.params.scheme === id);
        const status = line ? t("applied", { amount: hkd(-line.amountHkd) }) : notEligible ? t("notEligible") : t("notApplicable");
        return (
          <li key={id} className={styles.subsidyItem}>
            <div>
              <strong>{subsidyName(catalogue.subsidies, id, locale)}</strong> —{" "}
              <span className={line ? styles.pass : styles.muted}>{status}</span>
            </div>
            {scheme ? (
              <div className="small muted">
                {t("coverage", {
                  pct: scheme.coveragePct,
                  appliesTo: t(`appliesTo.${scheme.appliesTo}`),
                  cap: scheme.capHkd === null ? t("noCap") : t("cap", { amount: hkd(scheme.capHkd) }),
                })}
                <SourceList sources={scheme.sources} freshness={[]} compact />
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
