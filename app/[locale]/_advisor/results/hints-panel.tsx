"use client";

import { useTranslations } from "next-intl";
import { useDeferredValue, useId, useMemo, type ReactNode } from "react";
import type { Weights } from "@/lib/domain/factors";
import { applyChange, type EligibilityNeed, type HintChange } from "@/lib/domain/hints/hint-change";
import { hintsFor, type ClosestMiss, type WhatIf } from "@/lib/domain/hints/hints-for";
import type { Recommendation } from "@/lib/domain/scoring/recommend";
import type { DisplayCurrency } from "@/lib/format/money";
import { useFormat } from "@/lib/i18n/use-format";
import type { Needs } from "@/lib/needs/needs-schema";
import { encodeShareState } from "@/lib/url-state/encode-share-state";
import { useCatalogue } from "../catalogue-context";
import styles from "./hints-panel.module.css";
import { useResultFormat } from "./use-result-format";

export type HintsPanelProps = {
  /** The needs and weights `recommendation` was computed from (weighted sum). */
  needs: Needs;
  weights: Weights;
  recommendation: Recommendation;
  method: "weighted-sum" | "topsis";
  currency: DisplayCurrency;
};

/**
 * Closest misses (excluded options one change away from the top 3) and what-ifs (one-step
 * changes that improve the top option), computed by the engine's hintsFor() in the browser on
 * deferred inputs; each change links to the advisor with that change applied (the state lives
 * in the URL). Ranks are weighted-sum ranks, so the panel is shown for that method only.
 */
export function HintsPanel({ needs, weights, recommendation, method, currency }: HintsPanelProps) {
  const t = useTranslations("hints");
  const headingId = useId();
  const { catalogue } = useCatalogue();
  const format = useResultFormat(currency);
  const input = useDeferredValue(useMemo(() => ({ needs, weights, recommendation }), [needs, weights, recommendation]));
  const hints = useMemo(
    () =>
      method === "weighted-sum"
        ? hintsFor(input.needs, input.weights, catalogue, { referenceDate: input.recommendation.referenceDate, base: input.recommendation })
        : null,
    [input, catalogue, method],
  );
  const hrefFor = (change: HintChange) =>
    `?${encodeShareState({ needs: applyChange(input.needs, change), weights: input.weights, currency, method: "weighted-sum" })}`;

  if (!hints || input.recommendation.excluded.length === 0) return null;
  const empty = hints.closestMisses.length === 0 && hints.whatIfs.length === 0;

  return (
    <section className={`card ${styles.panel}`} aria-labelledby={headingId} data-testid="hints-panel">
      <h3 id={headingId}>{t("heading")}</h3>
      {empty ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <>
          <p className={`muted ${styles.intro}`}>{t("intro")}</p>
          {hints.closestMisses.length > 0 && (
            <>
              <h4>{t("missesHeading")}</h4>
              <ul className={styles.list}>
                {hints.closestMisses.map((m) => (
                  <MissItem key={m.offerId} miss={m} href={hrefFor(m.change)} format={format} />
                ))}
              </ul>
            </>
          )}
          {hints.whatIfs.length > 0 && (
            <>
              <h4>{t("whatIfsHeading")}</h4>
              <ul className={styles.list}>
                {hints.whatIfs.map((w) => (
                  <WhatIfItem key={w.change.field} whatIf={w} href={hrefFor(w.change)} format={format} />
                ))}
              </ul>
            </>
          )}
          {hints.truncated && <p className="muted">{t("truncated")}</p>}
        </>
      )}
    </section>
  );
}

type Format = ReturnType<typeof useResultFormat>;

/** The message key (under `hints.miss` and `hints.change`) of each kind of change. */
type ChangeKey = "startBy" | "residency" | "budgetHkd" | "minMemoryGb" | "acceleratorModel" | "peakGpus" | "organisation";

/**
 * How a change is worded, one home for both lists: its message key, the values that both its
 * "miss" sentence and its button label take, and the label itself (for an eligibility
 * condition, the requirement the user cannot change).
 */
function useChangeWording(format: Format) {
  const t = useTranslations("hints");
  const ta = useTranslations("advisor");
  const tl = useTranslations("labels");
  const intl = useFormat();
  const requirement = (n: EligibilityNeed) => {
    switch (n.kind) {
      case "host-country-entity":
        return t("requirement.host-country-entity", { country: intl.regionName(n.country) });
      case "member-of":
        return t("requirement.member-of", { institution: tl(`institution.${n.institution}`) });
      default:
        return t(`requirement.${n.kind}`);
    }
  };
  const worded = (key: Exclude<ChangeKey, "organisation">, values: Record<string, string | number> = {}) => ({
    key,
    values,
    label: t(`change.${key}`, values),
  });
  const wording = (c: HintChange): { key: ChangeKey; values: Record<string, string | number>; label: string } => {
    switch (c.field) {
      case "startBy":
        return worded("startBy", { days: c.deltaDays, date: format.date(c.to) });
      case "residency":
        return worded("residency", { residency: ta(`form.residency.${c.to}`) });
      case "budgetHkd":
        return worded("budgetHkd", { delta: format.money(c.deltaHkd), budget: format.money(c.to) });
      case "accelerator.minMemoryGb":
        return worded("minMemoryGb", { from: c.from, to: c.to });
      case "accelerator.model":
        return worded("acceleratorModel");
      case "peakGpus":
        return worded("peakGpus", { from: c.from, to: c.to });
      case "organisation": {
        const label = requirement(c.needs);
        return { key: "organisation", values: { requirement: label }, label };
      }
    }
  };
  return { t, wording };
}

const bold = (chunks: ReactNode) => <strong>{chunks}</strong>;

function MissItem({ miss, href, format }: { miss: ClosestMiss; href: string; format: Format }) {
  const { t, wording } = useChangeWording(format);
  const common = { option: `${miss.provider} · ${miss.name}`, rank: miss.wouldRank, cost: format.money(miss.costHkd), b: bold };
  const { key, values, label } = wording(miss.change);
  const text = t.rich(`miss.${key}`, { ...common, ...values });
  return (
    <li className={`split-row ${styles.item}`} data-offer-id={miss.offerId} data-rule={miss.rule}>
      <p className={styles.text}>
        {text}
        {!miss.userCanChange && <span className={`muted ${styles.note}`}> {t("notAChoice")}</span>}
      </p>
      <a
        className="btn btn--ghost btn--small"
        href={href}
        aria-label={miss.userCanChange ? t("applyLabel", { change: label }) : t("applyConditionLabel", { requirement: label })}
      >
        {miss.userCanChange ? t("apply") : t("applyCondition")}
      </a>
    </li>
  );
}

// What-ifs only change start date, residency, budget and memory minimum (hints-for.ts).
const WHAT_IF_FIELDS: readonly HintChange["field"][] = ["startBy", "residency", "budgetHkd", "accelerator.minMemoryGb"];

function WhatIfItem({ whatIf, href, format }: { whatIf: WhatIf; href: string; format: Format }) {
  const { t, wording } = useChangeWording(format);
  const c = whatIf.change;
  if (!WHAT_IF_FIELDS.includes(c.field)) return null;
  const change = wording(c).label;
  const saving =
    whatIf.previous === null || whatIf.costSavingHkd === 0
      ? t("sameCost")
      : whatIf.costSavingHkd > 0
        ? t("cheaper", { amount: format.money(whatIf.costSavingHkd) })
        : t("dearer", { amount: format.money(-whatIf.costSavingHkd) });
  return (
    <li className={`split-row ${styles.item}`} data-field={c.field}>
      <p className={styles.text}>
        <strong>{change}</strong>
        {" — "}
        {t("whatIf", {
          winner: `${whatIf.winner.provider} · ${whatIf.winner.name}`,
          gain: whatIf.scoreGain,
          gainText: format.score(whatIf.scoreGain),
          saving,
        })}
      </p>
      <a className="btn btn--ghost btn--small" href={href} aria-label={t("applyLabel", { change })}>
        {t("apply")}
      </a>
    </li>
  );
}
