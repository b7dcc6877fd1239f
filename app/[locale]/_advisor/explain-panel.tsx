"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";
import { formatNumber } from "@/lib/format/money";
import type { FieldLabels } from "@/lib/validation/field-labels";
import { useCatalogue } from "./catalogue-context";
import { ExplainCost, ExplainSubsidies } from "./explain-cost";
import { ExplainFactors, ExplainTotal } from "./explain-factors";
import { ExplainInputs } from "./explain-inputs";
import { ExplainRules } from "./explain-rules";
import { ExplainUncertainty } from "./explain-uncertainty";
import { WarningList } from "@/app/_components/option-warnings";
import { EvidenceNotice } from "@/app/_components/evidence-notice";
import { useOfferEvidence } from "@/app/_components/use-offer-evidence";
import { useReasonText } from "./use-reason-text";
import type { ShownResult } from "./shown-result";
import styles from "./explain.module.css";

type Props = ShownResult & {
  offerId: string | null;
  fieldLabels: FieldLabels;
  onClose: () => void;
};

/**
 * The whole derivation of one option on one screen: inputs, every hard rule, each cost line
 * with its formula and sources, subsidies, the five factor scores and Σ weight × score.
 * A native modal <dialog>: focus is held inside, Esc and the backdrop close it, and focus
 * returns to the button that opened it. Prints on its own (explain.module.css @media print).
 */
export function ExplainPanel({ offerId, fieldLabels, onClose, recommendation, needs, weights, method, currency, locale }: Props) {
  const t = useTranslations("advisor.explain");
  const tl = useTranslations("labels");
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const { catalogue, offerById } = useCatalogue();
  const reasonText = useReasonText(locale);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (offerId !== null && !d.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal();
      d.scrollTop = 0;
    } else if (offerId === null && d.open) {
      d.close();
    }
  }, [offerId]);

  const handleClose = () => {
    onClose();
    const back = opener.current;
    opener.current = null;
    if (back && back.isConnected) back.focus();
  };

  // The page's catalogue is lean: the source notes arrive when the explanation opens.
  const evidence = useOfferEvidence(offerId ? offerById(offerId) : undefined);
  const { offer } = evidence;
  const ranked = offerId ? recommendation.ranked.find((r) => r.offerId === offerId) : undefined;
  const excluded = offerId && !ranked ? recommendation.excluded.find((e) => e.offerId === offerId) : undefined;
  const acc = offer ? catalogue.accelerators.find((a) => a.id === offer.accelerator.model) : undefined;
  const name = offer ? `${offer.provider} · ${offer.name}` : "";

  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby={titleId}
      aria-modal="true"
      onClose={handleClose}
      onClick={(e) => {
        if (e.target === e.currentTarget) e.currentTarget.close();
      }}
    >
      {offer && acc && (ranked || excluded) ? (
        <div className={styles.dialogInner}>
          <header className={styles.dialogHead}>
            <div>
              <p className={styles.dialogEyebrow}>
                <span className={`family-dot family-dot--${offer.family}`} aria-hidden="true" /> {tl(`family.${offer.family}`)}
              </p>
              <h2 id={titleId} className={styles.dialogTitle}>
                {ranked ? t("title", { name }) : t("titleExcluded", { name })}
              </h2>
              <p className="muted small">
                {t("subtitle", { provider: `${acc.vendor} ${acc.name} × ${offer.accelerator.perNode}`, location: offer.location.label })}
                {" · "}
                {ranked
                  ? t("rankLine", { rank: ranked.rank, count: recommendation.ranked.length, total: formatNumber(ranked.total, locale, 2) })
                  : t("excludedLine", { count: excluded?.reasons.length ?? 0 })}
              </p>
            </div>
            <div className={`${styles.dialogActions} no-print`}>
              <button type="button" className="btn btn--secondary btn--small" onClick={() => window.print()}>
                {t("print")}
              </button>
              <button type="button" className="btn btn--small" onClick={() => ref.current?.close()} autoFocus>
                {t("close")}
              </button>
            </div>
          </header>

          {excluded ? (
            <ul className={styles.excludedReasons}>
              {excluded.reasons.map((r, i) => (
                <li key={`${r.code}-${i}`}>{reasonText(r)}</li>
              ))}
            </ul>
          ) : null}

          <section className={styles.explainSection} aria-labelledby={`${titleId}-in`}>
            <h3 id={`${titleId}-in`}>{t("sections.inputs")}</h3>
            <ExplainInputs needs={needs} fieldLabels={fieldLabels} />
          </section>

          <section className={styles.explainSection} aria-labelledby={`${titleId}-rules`}>
            <h3 id={`${titleId}-rules`}>{t("sections.rules")}</h3>
            <ExplainRules
              checks={ranked?.ruleChecks ?? excluded?.ruleChecks ?? []}
              fieldLabels={fieldLabels}
              currency={currency}
              locale={locale}
            />
            {ranked && ranked.warnings.length > 0 ? (
              <>
                <h4 className={styles.subHeading}>{t("sections.warnings")}</h4>
                <WarningList warnings={ranked.warnings} />
              </>
            ) : null}
          </section>

          {ranked ? (
            <>
              <section className={styles.explainSection} aria-labelledby={`${titleId}-cost`}>
                <h3 id={`${titleId}-cost`}>{t("sections.cost")}</h3>
                <ExplainCost option={ranked} offer={offer} needs={needs} currency={currency} locale={locale} />
                <EvidenceNotice status={evidence.status} onRetry={evidence.retry} />
                <p className="small">
                  <strong>{t("sections.time")}: </strong>
                  {t(ranked.cost.hourUnit === "node-hour" ? "timeNodes" : "time", {
                    lead: formatNumber(ranked.timeToResult.leadDays, locale, 1),
                    queue: formatNumber(ranked.timeToResult.queueDays, locale, 1),
                    compute: formatNumber(ranked.timeToResult.computeDays, locale, 1),
                    gpus: ranked.timeToResult.concurrentAccelerators,
                    total: formatNumber(ranked.timeToResultDays, locale, 1),
                  })}
                </p>
                <h4 className={styles.subHeading}>{t("sections.uncertainty")}</h4>
                <ExplainUncertainty option={ranked} currency={currency} locale={locale} />
              </section>

              <section className={styles.explainSection} aria-labelledby={`${titleId}-sub`}>
                <h3 id={`${titleId}-sub`}>{t("sections.subsidies")}</h3>
                <ExplainSubsidies option={ranked} needs={needs} locale={locale} />
              </section>

              <section className={styles.explainSection} aria-labelledby={`${titleId}-f`}>
                <h3 id={`${titleId}-f`}>{t("sections.factors")}</h3>
                <ExplainFactors option={ranked} />
              </section>

              <section className={styles.explainSection} aria-labelledby={`${titleId}-t`}>
                <h3 id={`${titleId}-t`}>{t("sections.total")}</h3>
                <ExplainTotal option={ranked} weights={weights} method={method} />
              </section>
            </>
          ) : null}

          <div className={`${styles.dialogFoot} no-print`}>
            <button type="button" className="btn btn--secondary btn--small" onClick={() => ref.current?.close()}>
              {t("close")}
            </button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
