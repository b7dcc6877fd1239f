"use client";

import { useTranslations } from "next-intl";
import type { FactorFormula as Formula } from "@/lib/domain/scoring/factor-score";

/** A factor's formula in the UI language, from the engine's key and constants (lib/domain/scoring/factor-score.ts). */
export function FactorFormula({
  formula,
  className,
  as: Tag = "span",
}: {
  formula: Formula;
  className?: string;
  as?: "span" | "code" | "p";
}) {
  const t = useTranslations("labels.factorFormula");
  // ICU select keys cannot contain "-": the price formula's unit is passed as node / gpu.
  const text =
    formula.key === "price"
      ? t("price", { ...formula.params, unit: formula.params.unit === "node-hour" ? "node" : "gpu" })
      : t(formula.key, formula.params);
  return <Tag className={className}>{text}</Tag>;
}
