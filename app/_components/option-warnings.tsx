"use client";

import { useTranslations } from "next-intl";
import type { OptionWarning } from "@/lib/domain/data-transfer";
import { DESTINATION_LAWS } from "@/lib/domain/data-transfer";
import { labelOr } from "@/lib/i18n/label-or";
import { useFormat } from "@/lib/i18n/use-format";

/** Short badges for a ranked row: one per data-transfer warning the engine returned. */
export function WarningBadges({ warnings }: { warnings: readonly OptionWarning[] }) {
  const t = useTranslations("labels.warnings");
  if (warnings.length === 0) return null;
  return (
    <span className="warning-badges">
      {warnings.map((w) => (
        <span key={w.key} className="badge badge--warning" data-warning={w.key}>
          <span aria-hidden="true">⚠ </span>
          {t(`badge.${w.key}`)}
        </span>
      ))}
    </span>
  );
}

/** Each warning in full: where the data goes, which rules apply before it leaves and which govern it there. */
export function WarningList({ warnings }: { warnings: readonly OptionWarning[] }) {
  const t = useTranslations("labels");
  const format = useFormat();
  const lawList = (ids: readonly string[]) =>
    format.list(
      ids.map((id) => labelOr(t, `law.${id}`, id)),
      "and",
    );
  const place = (j: string) => labelOr(t, `jurisdiction.${j}`, j);
  return (
    <ul className="warning-list">
      {warnings.map((w) => {
        if (w.key === "crossBorder.personal") {
          const there = new Set<string>(DESTINATION_LAWS[w.destination]);
          return (
            <li key={w.key} data-warning={w.key}>
              {t("warnings.text.crossBorder.personal", {
                destination: place(w.destination),
                laws: lawList(w.laws.filter((l) => !there.has(l))),
                destinationLaws: lawList(w.laws.filter((l) => there.has(l))),
              })}
            </li>
          );
        }
        return (
          <li key={w.key} data-warning={w.key}>
            {t("warnings.text.pipl.export", {
              destination: place(w.destination),
              route: t(`warnings.route.${w.route}`),
              days: w.filingDays,
              laws: lawList(w.laws),
            })}
          </li>
        );
      })}
    </ul>
  );
}
