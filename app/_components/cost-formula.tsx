"use client";

import { useTranslations } from "next-intl";
import type { CostAdjustment, CostLine } from "@/lib/domain/cost/estimate-cost";
import { useFormat } from "@/lib/i18n/use-format";

type Props = { line: CostLine; className?: string; as?: "span" | "code" };

/**
 * One cost line's arithmetic in the UI language, from the engine's structured terms:
 * quantity × unit price × FX × factor, then each adjustment in words. The engine computed the
 * amount; this only writes down how (lib/domain/cost/estimate-cost.ts, `CostLine`).
 */
export function CostFormula({ line, className, as: Tag = "span" }: Props) {
  const text = useCostFormulaText()(line);
  return <Tag className={className}>{text}</Tag>;
}

export function useCostFormulaText(): (line: CostLine) => string {
  const t = useTranslations("labels.costTerms");
  const format = useFormat();
  const money = (amount: number, currency: string) => format.number(amount, { style: "currency", currency, maximumFractionDigits: 2 });
  const n = (x: number, digits = 2) => format.number(x, { maximumFractionDigits: digits });
  const pct = (share: number) => format.number(share, { style: "percent", maximumFractionDigits: 1 });
  const adjustment = (a: CostAdjustment): string => {
    switch (a.kind) {
      case "negotiated-discount":
        return t("adj.negotiated-discount", { pct: n(a.pct, 1) });
      case "quoted-price":
        return t("adj.quoted-price");
      case "commitment":
        return t("adj.commitment", { name: a.name, pct: n(a.pct, 1) });
      case "free-allowance":
        return t("adj.free-allowance", { tb: n(a.tbPerMonth) });
      case "subsidy-share":
        return t("adj.subsidy-share", { pct: pct(a.share) });
      case "subsidised-months":
        return t("adj.subsidised-months", {
          months: a.months,
          ofMonths: a.ofMonths,
          endsOn: format.dateTime(new Date(`${a.endsOn}T00:00:00Z`), "day"),
        });
      case "cap":
        return t("adj.cap", { amount: money(a.capHkd, "HKD") });
    }
  };
  return (line) => {
    const terms =
      line.unit === "hkd"
        ? [money(line.quantity, "HKD")]
        : [t(`unit.${line.unit}`, { n: n(line.quantity, 1) }), money(line.unitPrice, line.currency)];
    if (line.currency !== "HKD") terms.push(t("fx", { rate: n(line.hkdPerUnit, 4), currency: line.currency }));
    if (line.factor !== undefined) terms.push(t("factor", { factor: n(line.factor, 3) }));
    const words = line.adjustments.map(adjustment);
    return words.length > 0 ? `${terms.join(" × ")} · ${format.list(words, "and")}` : terms.join(" × ");
  };
}
