"use client";

import { useTranslations } from "next-intl";
import { useCallback, useId, useMemo, useState } from "react";
import type { Recommendation } from "@/lib/domain/scoring/recommend";
import { ranksFromWeights, smaaVerdict } from "@/lib/domain/sensitivity/summarise-smaa";
import { costBands } from "@/lib/domain/sensitivity/log-scale-cost-sampler";
import { FACTORS } from "@/lib/domain/factors";
import { useFormat } from "@/lib/i18n/use-format";
import { SmaaControls, type SmaaSettings } from "./smaa-controls";
import { DEFAULT_SAMPLES, DEFAULT_SEED, type SmaaJob } from "./smaa-protocol";
import { SmaaResults, type SmaaOption } from "./smaa-results";
import { useSmaaWorker } from "./use-smaa-worker";
import { optionName } from "../results/charts/option-label";
import styles from "./robustness.module.css";

const PRICE = FACTORS.indexOf("price");

type Props = {
  recommendation: Recommendation;
  /** Normalised weights as a vector in FACTORS order (sum 1); only their order matters here. */
  weightVector: readonly number[];
};

// Estimate ranges are sampled by default (docs/method.md §3): the answer carries the catalogue's own uncertainty.
// Weights are drawn in the user's priority order by default, which on first load is the study's (price first).
export const INITIAL_SETTINGS: SmaaSettings = {
  samples: DEFAULT_SAMPLES,
  respectOrder: true,
  useRanges: true,
  costPct: 0,
  seed: DEFAULT_SEED,
};

/**
 * Part (b): SMAA-2 (docs/method.md §5(e)) over every ranked option's five factor scores, computed in a Web Worker.
 * The simulation does not depend on the weights themselves, only on their order when "respect my priority order" is
 * on, so dragging a weight re-runs it only when that order changes.
 */
export function SmaaSection({ recommendation, weightVector }: Props) {
  const t = useTranslations("robustness");
  const headingId = useId();
  const [settings, setSettings] = useState<SmaaSettings>(INITIAL_SETTINGS);
  const { ranked } = recommendation;

  const scores = useMemo(() => ranked.map((r) => FACTORS.map((f) => r.factors[f])), [ranked]);
  const options = useMemo<SmaaOption[]>(
    () => ranked.map(({ offerId, provider, name, rank }) => ({ offerId, provider, name, rank })),
    [ranked],
  );
  const ranks = useMemo(() => ranksFromWeights(weightVector), [weightVector]);
  const bands = useMemo(() => costBands(ranked), [ranked]);
  const rangedCount = bands.filter(([low, high]) => low !== high).length;

  const job = useMemo<SmaaJob | null>(
    () =>
      scores.length < 2
        ? null
        : {
            scores,
            samples: settings.samples,
            seed: settings.seed,
            ...(settings.respectOrder ? { ranks } : {}),
            costPct: settings.costPct,
            ...(settings.useRanges && rangedCount > 0 ? { costBands: bands } : {}),
          },
    [scores, settings, ranks, bands, rangedCount],
  );
  // A weight drag builds a new job object with the same content: the key (not the object) decides whether to re-run.
  const jobKey = useMemo(() => JSON.stringify(job), [job]);
  const run = useSmaaWorker(job, jobKey, options);

  const format = useFormat();
  const formatInteger = useCallback((n: number) => format.number(n, "integer"), [format]);
  const pct = useCallback(
    (fraction: number) => format.number(fraction, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    [format],
  );
  const margin = useCallback(
    (fraction: number) => `±${format.number(fraction * 100, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`,
    [format],
  );

  const orderText = useMemo(() => {
    const byRank = FACTORS.map((f, j) => ({ f, rank: ranks[j] ?? 1 })).sort((a, b) => a.rank - b.rank);
    return byRank
      .map(({ f, rank }, k) => `${k === 0 ? "" : rank === byRank[k - 1]!.rank ? " = " : " > "}${t(`factorInSentence.${f}`)}`)
      .join("");
  }, [ranks, t]);

  const verdict = useMemo(() => {
    const job = run.job;
    if (!run.result || !job || !run.meta || job.scores.length < 2) return null;
    if (Math.abs(weightVector.reduce((sum, w) => sum + w, 0) - 1) > 1e-9) return null;
    return smaaVerdict(run.result.rankAcceptability, job.scores, weightVector, PRICE);
  }, [run.result, run.job, run.meta, weightVector]);
  let verdictText = "";
  if (verdict && run.meta && run.job) {
    const name = (i: number) => (run.meta![i] ? optionName(run.meta![i]) : "");
    const weightPct = (w: number) => format.number(w, { style: "percent", maximumFractionDigits: 0 });
    const common = {
      how: run.job.ranks ? t("smaa.verdict.orderRespect", { order: orderText }) : t("smaa.verdict.orderAny"),
      winner: name(verdict.winner),
      lower: weightPct(verdict.weight.lower),
      upper: weightPct(verdict.weight.upper),
      current: weightPct(verdict.weight.current),
    };
    verdictText = verdict.agrees
      ? t("smaa.verdict.agrees", { ...common, share: pct(verdict.winnerShare) })
      : t("smaa.verdict.differs", {
          ...common,
          top: name(verdict.mostOftenFirst),
          topShare: pct(verdict.mostOftenFirstShare),
          winnerShare: pct(verdict.winnerShare),
        });
  }

  let status = "";
  if (run.computing) status = t("smaa.computing", { samples: formatInteger(settings.samples) });
  else if (run.error) status = t("smaa.error");
  else if (run.result && run.job && run.elapsedMs !== null) {
    status = t("smaa.done", {
      samples: formatInteger(run.job.samples),
      options: formatInteger(run.job.scores.length),
      seed: String(run.job.seed),
      seconds: format.number(run.elapsedMs / 1000, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    });
  }

  return (
    <section className={styles.part} aria-labelledby={headingId} data-testid="smaa">
      <h3 id={headingId} className={styles.partTitle}>
        {t("smaa.heading")}
      </h3>
      <p className={styles.lead}>{t("smaa.intro")}</p>
      <SmaaControls
        settings={settings}
        onChange={setSettings}
        orderText={orderText}
        rangedCount={rangedCount}
        optionCount={ranked.length}
      />
      <p
        className={styles.status}
        role="status"
        aria-live="polite"
        data-testid="smaa-status"
        data-state={run.computing ? "computing" : run.error ? "error" : run.result ? "done" : "idle"}
      >
        {run.computing ? <span className={styles.spinner} aria-hidden="true" /> : null}
        {status}
      </p>
      {verdictText ? (
        <p className={styles.lead} data-testid="smaa-verdict">
          {verdictText}
        </p>
      ) : null}
      {run.result && run.meta ? (
        <div className={run.computing ? styles.stale : undefined} aria-busy={run.computing}>
          <SmaaResults result={run.result} options={run.meta} samples={run.job?.samples ?? settings.samples} pct={pct} margin={margin} />
        </div>
      ) : (
        <div className={styles.resultsPlaceholder} aria-hidden="true" />
      )}
    </section>
  );
}
