"use client";

import { useTranslations } from "next-intl";
import type { RankedOption } from "@/lib/domain/scoring/recommend";
import { FACTORS, type Weights } from "@/lib/domain/factors";
import type { Locale } from "@/lib/i18n/locales";
import { useCatalogue } from "../catalogue-context";
import { useReasonText } from "../use-reason-text";
import styles from "./results.module.css";
import { ScoreBar } from "./score-bar";
import { SourceList } from "@/app/_components/source-list";
import { EvidenceNotice } from "@/app/_components/evidence-notice";
import { useOfferEvidence } from "@/app/_components/use-offer-evidence";
import type { ResultFormat } from "./use-result-format";
import type { ResultLabels } from "./use-result-labels";
import { CostLines } from "@/app/_components/cost-lines";
import { FactorFormula } from "@/app/_components/factor-formula";

type Props = {
  option: RankedOption;
  weights: Weights;
  locale: Locale;
  format: ResultFormat;
  labels: ResultLabels;
  onExplain: (offerId: string) => void;
};

/**
 * The expanded row: how the cost adds up (each line with its formula), why each factor
 * scored what it did (the engine's reasons in the UI language), and the sources of every
 * figure used, with as-of dates and basis badges.
 */
export function RowDetails({ option, weights, locale, format, labels, onExplain }: Props) {
  const t = useTranslations("results");
  // The page's catalogue is lean: the source notes arrive when the row opens.
  const evidence = useOfferEvidence(useCatalogue().offerById(option.offerId));
  const { offer } = evidence;
  const reasonText = useReasonText(locale);
  const { flags, timeToResult } = option;
  const flagged = (["estimated", "thirdParty", "stale"] as const).filter((k) => flags[k].length > 0);
  const headingId = `details-${option.offerId}-heading`;

  return (
    <div className={styles.details} role="group" aria-labelledby={headingId}>
      <div className={`split-row ${styles.detailsHead}`}>
        <h3 id={headingId} className={styles.detailsTitle}>
          {t("details.title", { rank: option.rank, name: `${option.provider} ${option.name}` })}
        </h3>
        <button type="button" className="btn btn--small" onClick={() => onExplain(option.offerId)}>
          {t("details.explain")}
        </button>
      </div>

      <div className="detail-grid">
        <section className="detail-card" aria-labelledby={`${headingId}-cost`}>
          <h4 id={`${headingId}-cost`}>{t("details.costHeading")}</h4>
          <CostLines
            lines={option.costBreakdown}
            totalHkd={option.costHkd}
            monthlyHkd={option.monthlyCostHkd}
            money={(hkd) => format.money(hkd)}
            lineLabel={labels.costLine}
            headers={{
              item: t("details.costItem"),
              amount: t("details.costAmount"),
              total: t("details.costTotal"),
              monthly: t("details.costMonthly"),
            }}
            classes={{ table: styles.miniTable, numCell: styles.numCell, label: styles.lineLabel, formula: styles.formula }}
          />
          <h4 className={styles.subHeading}>{t("details.timeHeading")}</h4>
          <p className={styles.timeLine}>
            {t("details.timeBreakdown", {
              lead: format.days(timeToResult.leadDays),
              queue: format.days(timeToResult.queueDays),
              compute: format.days(timeToResult.computeDays),
              total: format.days(option.timeToResultDays),
              accelerators: timeToResult.concurrentAccelerators,
            })}
          </p>
          {option.reasons.length > 0 && (
            <ul className={styles.reasonList}>
              {option.reasons.map((r, i) => (
                <li key={`${r.code}-${i}`}>{reasonText(r)}</li>
              ))}
            </ul>
          )}
        </section>

        <section className="detail-card" aria-labelledby={`${headingId}-factors`}>
          <h4 id={`${headingId}-factors`}>{t("details.factorsHeading")}</h4>
          <ul className={styles.factorList}>
            {FACTORS.map((f) => {
              const d = option.factorDetails[f];
              return (
                <li key={f}>
                  <div className={styles.factorHead}>
                    <span className={styles.factorName}>{t(`factorFull.${f}`)}</span>
                    <span className={styles.factorWeight}>{t("details.weight", { weight: format.percent(weights[f]) })}</span>
                    <ScoreBar value={d.score} text={format.score(d.score)} />
                  </div>
                  <ul className={styles.reasonList}>
                    {d.reasons.map((r, i) => (
                      <li key={`${r.code}-${i}`}>{reasonText(r)}</li>
                    ))}
                  </ul>
                  <FactorFormula formula={d.formula} className={styles.formula} as="p" />
                </li>
              );
            })}
          </ul>
        </section>

        <section className={`detail-card ${styles.wide}`} aria-labelledby={`${headingId}-sources`}>
          <h4 id={`${headingId}-sources`}>{t("details.sourcesHeading")}</h4>
          {flagged.length > 0 && (
            <ul className={styles.flagNotes}>
              {flagged.map((k) => (
                <li key={k}>{t(`flags.${k}Detail`, { figures: labels.list(flags[k].map(labels.figure)) })}</li>
              ))}
            </ul>
          )}
          {offer ? (
            <>
              <SourceList sources={offer.sources} freshness={option.freshness} />
              <EvidenceNotice status={evidence.status} onRetry={evidence.retry} />
            </>
          ) : (
            <p className="muted">{t("sources.none")}</p>
          )}
        </section>
      </div>
    </div>
  );
}
