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
  return <Tag className={className}>{t(formula.key, formula.params)}</Tag>;
}
