import { getTranslations } from "next-intl/server";
import { DEFAULT_LAMBDA, OBSERVED_USE_2023 } from "@/lib/domain/demand/analyse-demand";
import { DEFAULT_CAPACITY_ACCELERATORS, DEFAULT_TARGET_UTILISATION } from "@/lib/domain/demand/centre-scenario";
import { topBracketCeilingHkd } from "@/lib/domain/demand/generate-population";
import {
  ALL_LAYERS_SHARE,
  BUDGET_BRACKETS,
  BUDGET_DECLINED_SHARE,
  BUDGET_MEAN_HKD,
  COMPUTE_SHARE_OF_BUDGET,
  GOVERNMENT_FUNDED_SHARE,
  LANGUAGE_MIX,
  ORGANISATION_SHARES,
  PLANNING_PRICE_HKD_PER_GPU_HOUR,
  PROFITABLE_SHARE,
  RESIDENCY_MIX,
  SENSITIVITY_MIX,
  STUDY_FIRMS,
  WORKLOAD_MIX,
} from "@/lib/domain/demand/population-mix";
import { labelOr } from "@/lib/i18n/label-or";
import type { Locale } from "@/lib/i18n/locales";
import { demandFormat } from "./demand-format";
import styles from "./demand.module.css";

/**
 * Every figure and assumption behind the estimate, read from the code that uses it
 * (population-mix.ts, centre-scenario.ts, analyse-demand.ts), worded in the UI language.
 * Server-rendered: no JavaScript for the browser.
 */
export async function Assumptions({ locale }: { locale: Locale }) {
  const t = await getTranslations("demand.assumptions");
  const l = await getTranslations("labels");
  const f = demandFormat(locale);
  // Values the mix never draws (share 0) are left out of the sentence.
  const mix = (shares: Readonly<Record<string, number>>, label: (v: string) => string) =>
    Object.entries(shares)
      .filter(([, share]) => share > 0)
      .map(([value, share]) => `${label(value)} ${f.pct(share)}`)
      .join(" · ");
  const w = await getTranslations("demand.workload");
  const s = await getTranslations("demand.sensitivity");
  const r = await getTranslations("demand.residency");
  return (
    <section className="card stack" aria-labelledby="demand-assumptions">
      <h2 id="demand-assumptions" className="card__title">
        {t("title")}
      </h2>
      <p>{t("intro")}</p>
      <h3 className={styles.subTitle}>{t("studyTitle")}</h3>
      <ul className={styles.list}>
        <li>
          {t("studyFirms", {
            firms: STUDY_FIRMS,
            cloud: f.pct(OBSERVED_USE_2023.cloud),
            mainland: f.pct(OBSERVED_USE_2023["mainland-sc"]),
            overseas: f.pct(OBSERVED_USE_2023["overseas-sc"]),
          })}
        </li>
        <li>
          {t("studyShares", { layers: f.pct(ALL_LAYERS_SHARE), gov: f.pct(GOVERNMENT_FUNDED_SHARE), profit: f.pct(PROFITABLE_SHARE) })}
        </li>
        <li>
          {t("studyBudgets", {
            brackets: BUDGET_BRACKETS.map(
              (b) =>
                `${b.maxHkd === null ? `≥ ${f.hkdShort(b.minHkd)}` : `${f.hkdShort(b.minHkd)}–${f.hkdShort(b.maxHkd)}`} ${f.pct(b.share)}`,
            ).join(" · "),
            declined: f.pct(BUDGET_DECLINED_SHARE),
            mean: f.hkdShort(BUDGET_MEAN_HKD),
            ceiling: f.hkdShort(topBracketCeilingHkd()),
          })}
        </li>
        <li>{t("budgetFit")}</li>
      </ul>
      <h3 className={styles.subTitle}>{t("mixTitle")}</h3>
      <ul className={styles.list}>
        <li>{t("workloads", { layers: f.pct(ALL_LAYERS_SHARE) })}</li>
        <li>{t("workloadMix", { mix: mix(WORKLOAD_MIX, (v) => labelOr(w, v)) })}</li>
        <li>{t("hours", { share: f.pct(COMPUTE_SHARE_OF_BUDGET), price: f.price(PLANNING_PRICE_HKD_PER_GPU_HOUR) })}</li>
        <li>{t("sensitivityMix", { mix: mix(SENSITIVITY_MIX, (v) => labelOr(s, v)) })}</li>
        <li>{t("residencyMix", { mix: mix(RESIDENCY_MIX, (v) => labelOr(r, v)) })}</li>
        <li>
          {t("organisations", {
            mainland: f.pct(ORGANISATION_SHARES.mainlandEntity),
            university: f.pct(ORGANISATION_SHARES.university),
            abroad: f.pct(ORGANISATION_SHARES.hostCountryPartner),
          })}
        </li>
        <li>{t("commitment", { profit: f.pct(PROFITABLE_SHARE) })}</li>
        <li>{t("languages", { mix: mix(LANGUAGE_MIX, (v) => labelOr(l, `supportLanguage.${v}`, v)) })}</li>
      </ul>
      <h3 className={styles.subTitle}>{t("modelTitle")}</h3>
      <ul className={styles.list}>
        <li>{t("logit")}</li>
        <li>{t("utility", { lambda: DEFAULT_LAMBDA })}</li>
        <li>{t("outside")}</li>
        <li>{t("calibration")}</li>
        <li>{t("centreConstant")}</li>
        <li>{t("subsidy")}</li>
        <li>{t("capacity", { cards: f.int(DEFAULT_CAPACITY_ACCELERATORS), util: f.pct(DEFAULT_TARGET_UTILISATION) })}</li>
        <li>{t("limits")}</li>
      </ul>
    </section>
  );
}
