"use client";

import { useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import type { ExcludedOption } from "@/lib/domain/scoring/recommend";
import type { Reason } from "@/lib/domain/reason";
import { FORMAT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { useReasonText } from "../use-reason-text";
import styles from "./results.module.css";
import type { ResultFormat } from "./use-result-format";
import { labelOr } from "@/lib/i18n/label-or";
import { ChipGroup } from "@/app/_components/chip-group";

type Props = { excluded: readonly ExcludedOption[]; locale: Locale; format: ResultFormat };
type Grouping = "reason" | "option";

/** Reason groups start open when at most this many options are excluded. */
const OPEN_GROUPS_UP_TO = 8;

type ReasonGroup = { code: string; items: { option: ExcludedOption; text: string }[] };

/** Groups excluded options by reason code, largest group first (ties by code), options by name inside. */
export function groupByReason(excluded: readonly ExcludedOption[], locale: Locale, reasonText: (r: Reason) => string): ReasonGroup[] {
  const groups = new Map<string, ReasonGroup>();
  for (const option of excluded) {
    for (const r of option.reasons) {
      const g = groups.get(r.code) ?? { code: r.code, items: [] };
      g.items.push({ option, text: reasonText(r) });
      groups.set(r.code, g);
    }
  }
  const collator = new Intl.Collator(FORMAT_LOCALE[locale], { sensitivity: "base", numeric: true });
  const byName = (a: ExcludedOption, b: ExcludedOption) =>
    collator.compare(`${a.provider} ${a.name}`, `${b.provider} ${b.name}`) || (a.offerId < b.offerId ? -1 : 1);
  return [...groups.values()]
    .map((g) => ({ ...g, items: g.items.sort((a, b) => byName(a.option, b.option)) }))
    .sort((a, b) => b.items.length - a.items.length || (a.code < b.code ? -1 : 1));
}

/**
 * Every option the hard constraints removed, with each of its reasons in the UI language.
 * Grouped by reason (how many options each rule removed) or listed per option.
 */
export function ExcludedList({ excluded, locale, format }: Props) {
  const t = useTranslations("results.excluded");
  const tl = useTranslations("labels");
  const headingId = useId();
  const reasonText = useReasonText(locale);
  const [grouping, setGrouping] = useState<Grouping>("reason");
  const groups = useMemo(() => groupByReason(excluded, locale, reasonText), [excluded, locale, reasonText]);
  // A short list reads best open; a long one starts as a summary of reasons with counts.
  const openGroups = excluded.length <= OPEN_GROUPS_UP_TO;

  const optionName = (o: ExcludedOption) => (
    <>
      <span className={`family-dot family-dot--${o.family}`} aria-hidden="true" /> <strong>{o.provider}</strong> <span>{o.name}</span>
      <span className="visually-hidden"> ({tl(`family.${o.family}`)})</span>
    </>
  );

  return (
    <section className={`card ${styles.excluded}`} aria-labelledby={headingId}>
      <div className={styles.excludedHead}>
        <div>
          <h2 id={headingId}>{t("heading", { count: excluded.length })}</h2>
          <p className="muted small">{t("intro")}</p>
        </div>
        {excluded.length > 0 && (
          <fieldset className={styles.grouping}>
            <legend className={styles.inlineLegend}>{t("groupBy")}</legend>
            <ChipGroup
              kind="radio"
              name={`${headingId}-grouping`}
              options={(["reason", "option"] as const).map((g) => ({ value: g, label: t(`by.${g}`) }))}
              value={grouping}
              onChange={setGrouping}
            />
          </fieldset>
        )}
      </div>

      {excluded.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : grouping === "reason" ? (
        <div className={styles.reasonGroups}>
          {groups.map((g) => (
            <details key={g.code} className={styles.reasonGroup} open={openGroups}>
              <summary className={styles.reasonGroupSummary}>
                <h3 className={styles.reasonGroupTitle}>
                  {labelOr(t, `reason.${g.code}`, g.code)}
                  <span className={styles.count}>{t("optionCount", { count: g.items.length })}</span>
                </h3>
              </summary>
              <ul className={styles.excludedItems}>
                {g.items.map(({ option, text }) => (
                  <li key={option.offerId}>
                    <span className={styles.excludedName}>{optionName(option)}</span>
                    <span className={styles.excludedReason}>{text}</span>
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </div>
      ) : (
        <ul className={styles.excludedItems}>
          {excluded.map((o) => (
            <li key={o.offerId}>
              <span className={styles.excludedName}>
                {optionName(o)}
                {o.costHkd !== undefined && <span className="muted small"> · {format.money(o.costHkd)}</span>}
              </span>
              <ul className={styles.reasonList}>
                {o.reasons.map((r, i) => (
                  <li key={`${r.code}-${i}`}>{reasonText(r)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
