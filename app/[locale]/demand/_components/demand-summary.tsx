"use client";

import { useTranslations } from "next-intl";
import { memo, useMemo, type ReactNode } from "react";
import type { DemandResult } from "@/lib/domain/demand/analyse-demand";
import { labelOr } from "@/lib/i18n/label-or";
import type { Locale } from "@/lib/i18n/locales";
import type { DemandJob } from "./demand-protocol";
import { demandFormat } from "./demand-format";
import styles from "./demand.module.css";
import { SimpleTable, type SimpleColumn } from "@/app/_components/simple-table";

type Props = { result: DemandResult; job: DemandJob; locale: Locale; stale: boolean };

/** The centre's captured demand, capacity, calibration and where the demand comes from. Memoised: progress updates during a run do not re-render it. */
export const DemandSummary = memo(function DemandSummary({ result: r, job, locale, stale }: Props) {
  const t = useTranslations("demand.results");
  const l = useTranslations("labels");
  const f = useMemo(() => demandFormat(locale), [locale]);
  const c = r.captured;
  const cap = r.capacity;
  const totalDiverted = r.diversion.reduce((s, d) => s + d.effectiveGpuHoursPerYear, 0);
  const familyName = (fam: string) => (fam === "outside" ? t("outside") : labelOr(l, `family.${fam}`, fam));
  // The capacity sentence's figures, whether capacity binds or not.
  const fitParams = {
    demand: f.int(c.gpuHoursPerYear),
    sellable: f.int(cap.sellableCardHoursPerYear),
    cards: f.int(cap.capacityAccelerators),
  };
  return (
    <div className={`stack ${stale ? styles.stale : ""}`} aria-busy={stale} data-testid="demand-summary">
      <p className="muted small">
        {t("scenarioLine", {
          firms: r.firms,
          workloads: r.workloads,
          price: f.price(job.centre.priceHkdPerCardHour),
          subsidy: f.pct(job.centre.subsidyShare),
          lead: job.centre.leadTimeDays,
          lambda: r.lambda,
        })}
      </p>
      <dl className="stats">
        {(
          [
            ["kpi-gpu-hours", "gpuHours", f.int(c.gpuHoursPerYear)],
            ["kpi-firm-share", "firmShare", f.pct(c.firmShare)],
            ["kpi-revenue", "revenue", f.hkdCompact(c.revenueHkd)],
            ["kpi-subsidy", "subsidyCost", f.hkdCompact(c.subsidyCostHkd)],
            ["kpi-accelerators", "accelerators", f.int(Math.ceil(c.acceleratorsNeeded))],
          ] as const
        ).map(([testId, label, value]) => (
          <div key={testId} className="stat" data-testid={testId}>
            <dt>{t(label)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="small muted">{t("formulas", { hours: f.int(cap.hoursPerYear), util: f.pct(cap.targetUtilisation) })}</p>
      <div className={cap.binds ? styles.warning : styles.ok} role="status" data-testid="capacity-status">
        {cap.binds
          ? t("binds", {
              ...fitParams,
              util: f.pct(cap.targetUtilisation),
              unmet: f.int(cap.unmetCardHoursPerYear),
              needed: f.int(Math.ceil(cap.acceleratorsNeeded)),
            })
          : t("fits", {
              ...fitParams,
              share: f.pct(cap.sellableCardHoursPerYear > 0 ? c.gpuHoursPerYear / cap.sellableCardHoursPerYear : 0),
            })}
      </div>

      <div className={styles.tables}>
        <TitledTable
          titleId="demand-calibration-title"
          title={t("calibrationTitle")}
          testId="calibration-table"
          columns={[
            { label: t("family") },
            { label: t("observed"), numeric: true },
            { label: t("predicted"), numeric: true },
            { label: t("withCentre"), numeric: true },
            { label: t("constant"), numeric: true },
          ]}
          note={
            <p className={`small muted ${styles.sentences}`}>
              <span>
                {r.calibration.converged
                  ? t("calibrationNote", { iterations: r.calibration.iterations })
                  : t("calibrationFailed", { families: r.calibration.unreachable.map((x) => l(`family.${x}`)).join(", ") })}
              </span>
              <span>{r.calibration.centreConstantFromCloud ? t("centreConstantCloud") : t("centreConstantUser")}</span>
            </p>
          }
        >
          {r.useRates.map((u) => {
            const calibrated = u.family in r.calibration.observed ? (u.family as keyof typeof r.calibration.observed) : null;
            return (
              <tr key={u.family}>
                <th scope="row">{l(`family.${u.family}`)}</th>
                <td className="is-numeric">{calibrated ? f.pct(r.calibration.observed[calibrated]) : "—"}</td>
                <td className="is-numeric">{calibrated ? f.pct(r.calibration.predicted[calibrated]) : "—"}</td>
                <td className="is-numeric">{f.pct(u.with)}</td>
                <td className="is-numeric">{f.two(r.calibration.constants[u.family])}</td>
              </tr>
            );
          })}
        </TitledTable>

        <TitledTable
          titleId="demand-diversion-title"
          title={t("diversionTitle")}
          testId="diversion-table"
          columns={[{ label: t("from") }, { label: t("effectiveHours"), numeric: true }, { label: t("shareOfCaptured"), numeric: true }]}
          note={<p className="small muted">{t("diversionNote")}</p>}
        >
          {r.diversion.map((d) => (
            <tr key={d.from}>
              <th scope="row">{familyName(d.from)}</th>
              <td className="is-numeric">{f.int(d.effectiveGpuHoursPerYear)}</td>
              <td className="is-numeric">{f.pct(totalDiverted > 0 ? d.effectiveGpuHoursPerYear / totalDiverted : 0)}</td>
            </tr>
          ))}
        </TitledTable>
      </div>
    </div>
  );
});

/** A heading, the table it names (scrolling sideways in a focusable region named the same) and a note below. */
function TitledTable({
  titleId,
  title,
  testId,
  columns,
  note,
  children,
}: {
  titleId: string;
  title: string;
  testId: string;
  columns: readonly SimpleColumn[];
  note: ReactNode;
  children: ReactNode;
}) {
  return (
    <div>
      <h3 id={titleId} className={styles.tableTitle}>
        {title}
      </h3>
      <SimpleTable
        className={`data-table ${styles.plainTable}`}
        data-testid={testId}
        aria-labelledby={titleId}
        scroll={{ className: "table-scroll", role: "region", "aria-labelledby": titleId, tabIndex: 0 }}
        columns={columns}
      >
        {children}
      </SimpleTable>
      {note}
    </div>
  );
}
