"use client";

import { useTranslations } from "next-intl";
import type { RankedOption } from "@/lib/domain/scoring/recommend";
import { formatMoney, type DisplayCurrency } from "@/lib/format/money";
import { labelOr } from "@/lib/i18n/label-or";
import type { Locale } from "@/lib/i18n/locales";
import { useCatalogue } from "./catalogue-context";

type Props = { option: RankedOption; currency: DisplayCurrency; locale: Locale };

/**
 * How far the cost and the rank can move with every estimate inside its range, and which
 * estimate moves them most: the engine's costRangeHkd, rankRange and rangeDrivers (largest first),
 * each with the catalogue's reasoning for where its range's ends come from (the data's own
 * English, marked lang="en" as the source notes are).
 */
export function ExplainUncertainty({ option, currency, locale }: Props) {
  const t = useTranslations("advisor.explain.uncertainty");
  const tl = useTranslations("labels");
  const { catalogue, offerById } = useCatalogue();
  const { fx } = catalogue;
  const money = (hkd: number) => formatMoney(hkd, currency, fx, locale);
  const { costRangeHkd, rankRange, rangeDrivers } = option;
  if (rangeDrivers.length === 0) return <p className="small muted">{t("none")}</p>;
  const figure = (path: string) => labelOr(tl, `figure.${path}`, path);
  const ranges = offerById(option.offerId)?.ranges;
  return (
    <>
      <p className="small">
        {t("range", { low: money(costRangeHkd.low), high: money(costRangeHkd.high), best: rankRange.best, worst: rankRange.worst })}{" "}
        <strong>{t("drives", { figure: figure(rangeDrivers[0]!.path) })}</strong>
      </p>
      <ul className="small">
        {rangeDrivers.map((d) => (
          <li key={d.path}>
            {t("driver", { figure: figure(d.path), low: money(d.costLowHkd), high: money(d.costHighHkd) })}
            {ranges?.[d.path] ? (
              <>
                <br />
                {t.rich("reasoning", {
                  text: ranges[d.path]!.reasoning,
                  label: (chunks) => <span className="muted">{chunks}</span>,
                  data: (chunks) => <span lang="en">{chunks}</span>,
                })}
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
