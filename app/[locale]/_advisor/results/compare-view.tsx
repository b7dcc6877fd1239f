"use client";

import { useTranslations } from "next-intl";
import { useId, useMemo, type ReactNode } from "react";
import { APPLICATION_PATHS } from "@/lib/catalogue/catalogue-vocabulary";
import type { Offer } from "@/lib/catalogue/offer-schema";
import type { CostLineKind } from "@/lib/domain/cost/estimate-cost";
import type { RankedOption } from "@/lib/domain/scoring/recommend";
import { FACTORS } from "@/lib/domain/factors";
import { useCatalogue } from "../catalogue-context";
import compareStyles from "./compare-view.module.css";
import styles from "./results.module.css";
import { ScoreBar } from "./score-bar";
import { COST_LINE_KINDS } from "./use-result-labels";
import type { ResultView } from "./result-view";

type Props = {
  /** Element id, so the pin bar can link here. */
  id: string;
  options: RankedOption[];
  view: ResultView;
  onUnpin: (offerId: string) => void;
};

/** One compare row: a label and, per option, what to show plus the number "best" is judged on. */
type CompareRow = {
  key: string;
  label: string;
  /** "high" = the largest value is best, "low" = the smallest; undefined = no best (e.g. a location). */
  better?: "high" | "low";
  /** Right-aligned figures. */
  numeric?: boolean;
  cells: { display: ReactNode; value?: number }[];
};
type CompareSection = { key: string; title: string; rows: CompareRow[] };

function costByKind(o: RankedOption, kind: CostLineKind): number | undefined {
  const lines = o.costBreakdown.filter((l) => l.kind === kind);
  return lines.length === 0 ? undefined : lines.reduce((s, l) => s + l.amountHkd, 0);
}

/** Indices of the best cells; none when every option ties (a highlight would say nothing). */
function bestIndices(row: CompareRow): Set<number> {
  if (!row.better) return new Set();
  const values = row.cells.map((c) => c.value);
  const defined = values.filter((v): v is number => v !== undefined);
  if (defined.length < 2) return new Set();
  const best = row.better === "high" ? Math.max(...defined) : Math.min(...defined);
  const worst = row.better === "high" ? Math.min(...defined) : Math.max(...defined);
  if (best === worst && defined.length === values.length) return new Set();
  // Compare at display precision so 71.999 and 72.001 tie.
  return new Set(values.flatMap((v, i) => (v !== undefined && Math.abs(v - best) < 0.005 ? [i] : [])));
}

/**
 * Side-by-side comparison of 2–4 pinned options: options as columns; rows are every factor
 * score, each cost line, time to result, location / jurisdiction, application path, lead time,
 * tools and certifications. The best value of each row is highlighted (and said in text).
 */
export function CompareView({ id, options, view, onUnpin }: Props) {
  const { method, format, labels, onExplain } = view;
  const t = useTranslations("results");
  const tl = useTranslations("labels");
  const headingId = useId();
  const { offerById } = useCatalogue();

  const sections = useMemo<CompareSection[]>(() => {
    const offers = options.map((o) => offerById(o.offerId));
    const offerCells = (show: (offer: Offer) => ReactNode, value?: (offer: Offer) => number) =>
      offers.map((offer) => (offer ? { display: show(offer), value: value?.(offer) } : { display: "—" }));
    const list = (items: string[]) => (items.length === 0 ? <span className="muted">{t("compare.none")}</span> : labels.list(items));

    const scores: CompareRow[] = [
      {
        key: "total",
        label: t(`columns.total.${method}`),
        better: "high",
        numeric: true,
        cells: options.map((o) => ({ display: <ScoreBar value={o.total} text={format.score(o.total)} emphasis />, value: o.total })),
      },
      ...FACTORS.map<CompareRow>((f) => ({
        key: f,
        label: t(`factorFull.${f}`),
        better: "high",
        numeric: true,
        cells: options.map((o) => ({ display: <ScoreBar value={o.factors[f]} text={format.score(o.factors[f])} />, value: o.factors[f] })),
      })),
    ];

    const kinds = COST_LINE_KINDS.filter((k) => options.some((o) => costByKind(o, k) !== undefined));
    const cost: CompareRow[] = [
      ...kinds.map<CompareRow>((k) => ({
        key: `cost-${k}`,
        label: labels.costKind(k),
        better: "low",
        numeric: true,
        cells: options.map((o) => {
          const v = costByKind(o, k) ?? 0;
          return { display: <span className="num">{format.money(v)}</span>, value: v };
        }),
      })),
      {
        key: "cost-total",
        label: t("columns.cost"),
        better: "low",
        numeric: true,
        cells: options.map((o) => ({ display: <strong className="num">{format.money(o.costHkd)}</strong>, value: o.costHkd })),
      },
      {
        key: "cost-monthly",
        label: t("columns.monthly"),
        better: "low",
        numeric: true,
        cells: options.map((o) => ({ display: <span className="num">{format.money(o.monthlyCostHkd)}</span>, value: o.monthlyCostHkd })),
      },
    ];

    // Days, fewer is better: the total, then its lead-time and queue parts.
    const dayRow = (key: string, label: string, days: (o: RankedOption) => number): CompareRow => ({
      key,
      label,
      better: "low",
      numeric: true,
      cells: options.map((o) => ({ display: <span className="num">{format.days(days(o))}</span>, value: days(o) })),
    });
    const time: CompareRow[] = [
      dayRow("time", t("columns.time"), (o) => o.timeToResultDays),
      dayRow("lead", t("compare.leadTime"), (o) => o.timeToResult.leadDays),
      dayRow("queue", t("compare.queueWait"), (o) => o.timeToResult.queueDays),
    ];

    // What an offer lists (tools, certifications), more is better.
    const listRow = (key: "tools" | "certifications", items: (offer: Offer) => string[]): CompareRow => ({
      key,
      label: t(`compare.${key}`),
      better: "high",
      cells: offerCells(
        (offer) => list(items(offer)),
        (offer) => items(offer).length,
      ),
    });
    const access: CompareRow[] = [
      { key: "location", label: t("compare.location"), cells: options.map((o) => ({ display: o.location.label })) },
      {
        key: "jurisdiction",
        label: t("compare.jurisdiction"),
        cells: options.map((o) => ({ display: tl(`jurisdiction.${o.location.jurisdiction}`) })),
      },
      {
        key: "path",
        label: t("compare.applicationPath"),
        better: "low",
        cells: offerCells(
          (offer) => tl(`applicationPath.${offer.applicationPath}`),
          (offer) => APPLICATION_PATHS.indexOf(offer.applicationPath),
        ),
      },
      {
        key: "accelerator",
        label: t("compare.accelerator"),
        cells: options.map((o) => ({ display: `${o.accelerator.perNode} × ${o.accelerator.name}` })),
      },
      listRow("tools", (offer) => offer.tools.map((x) => tl(`tool.${x}`))),
      listRow("certifications", (offer) => offer.certifications.map((x) => tl(`certification.${x}`))),
    ];

    return [
      { key: "scores", title: t("compare.scores"), rows: scores },
      { key: "cost", title: t("compare.cost"), rows: cost },
      { key: "time", title: t("compare.time"), rows: time },
      { key: "access", title: t("compare.access"), rows: access },
    ];
  }, [options, method, format, labels, t, tl, offerById]);

  return (
    <section id={id} className={`card card--flush ${compareStyles.compare}`} aria-labelledby={headingId} tabIndex={-1}>
      <div className={compareStyles.sectionHead}>
        <h3 id={headingId}>{t("compare.heading", { count: options.length })}</h3>
        <p className="muted small">{t("compare.intro")}</p>
      </div>
      <div className={styles.scrollX} role="region" aria-label={t("compare.tableRegion")} tabIndex={0}>
        <table className={`plain-table ${compareStyles.compareTable}`}>
          <thead>
            <tr>
              <td className={compareStyles.stickyCell} />
              {options.map((o) => (
                <th key={o.offerId} scope="col" className={compareStyles.compareHead}>
                  <span className={compareStyles.compareRank}>#{o.rank}</span>
                  <span className="offer-provider">{o.provider}</span>
                  <span className="offer-name">{o.name}</span>
                  <span className={compareStyles.compareActions}>
                    <button type="button" className="btn btn--ghost btn--small" onClick={() => onExplain(o.offerId)}>
                      {t("details.explainShort")}
                      <span className="visually-hidden"> {`${o.provider} ${o.name}`}</span>
                    </button>
                    <button type="button" className="btn btn--ghost btn--small" onClick={() => onUnpin(o.offerId)}>
                      {t("compare.unpin")}
                      <span className="visually-hidden"> {`${o.provider} ${o.name}`}</span>
                    </button>
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          {sections.map((section) => (
            <tbody key={section.key}>
              <tr className={compareStyles.compareSection}>
                <th scope="rowgroup" colSpan={options.length + 1}>
                  {section.title}
                </th>
              </tr>
              {section.rows.map((row) => {
                const best = bestIndices(row);
                return (
                  <tr key={row.key}>
                    <th scope="row" className={compareStyles.stickyCell}>
                      {row.label}
                    </th>
                    {row.cells.map((cell, i) => (
                      <td
                        key={options[i]!.offerId}
                        className={
                          [row.numeric ? "is-numeric" : "", best.has(i) ? compareStyles.best : ""].filter(Boolean).join(" ") || undefined
                        }
                      >
                        {cell.display}
                        {best.has(i) && <span className={compareStyles.bestTag}>{t("compare.best")}</span>}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}
