"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Needs } from "@/lib/needs/needs-schema";
import type { FieldLabels } from "@/lib/validation/field-labels";
import { useCatalogue } from "./catalogue-context";
import styles from "./explain.module.css";
import { schemeNameById } from "@/lib/i18n/local-names";
import { useFormat } from "@/lib/i18n/use-format";
import { labelOr } from "@/lib/i18n/label-or";

/** The needs the engine used, labelled exactly as the form labels them. */
export function ExplainInputs({ needs, fieldLabels }: { needs: Needs; fieldLabels: FieldLabels }) {
  const tf = useTranslations("advisor.form");
  const tl = useTranslations("labels");
  const te = useTranslations("advisor.explain");
  const { catalogue, offerById } = useCatalogue();
  const locale = useLocale();
  const format = useFormat();
  const num = (n: number) => format.number(n, "decimal2");
  const label = (p: string) => fieldLabels[p] ?? p;
  const yes = (b: boolean) => (b ? te("yes") : te("no"));
  const list = (items: string[]) => format.list(items, "and");
  const acc = (id: string) => {
    const a = catalogue.accelerators.find((x) => x.id === id);
    return a ? `${a.vendor} ${a.name}` : id;
  };
  const subsidy = (id: string) => schemeNameById(catalogue.subsidies, id, locale);
  const rows: [string, string][] = [
    [label("workload"), tf(`workload.${needs.workload}`)],
    [label("accelerator.model"), needs.accelerator.model === "any" ? tf("acceleratorAny") : acc(needs.accelerator.model)],
    [label("accelerator.minMemoryGb"), num(needs.accelerator.minMemoryGb)],
    [label("gpuHoursPerMonth"), num(needs.gpuHoursPerMonth)],
    [label("durationMonths"), num(needs.durationMonths)],
    [label("hoursMeasuredOn"), acc(needs.hoursMeasuredOn)],
    [label("peakGpus"), num(needs.peakGpus)],
    [label("multiNode"), yes(needs.multiNode)],
    [label("storageTb"), num(needs.storageTb)],
    [label("egressTbPerMonth"), num(needs.egressTbPerMonth)],
    [label("dataSensitivity"), tf(`sensitivity.${needs.dataSensitivity}`)],
    [label("residency"), tf(`residency.${needs.residency}`)],
    ...(needs.dataSensitivity === "mainland-origin"
      ? [[label("mainlandDataOrigin"), tf(`mainlandDataOrigin.${needs.mainlandDataOrigin ?? "unset"}`)] as [string, string]]
      : []),
    [label("organisation.hkRegistered"), yes(needs.organisation.hkRegistered)],
    [label("organisation.mainlandEntity"), yes(needs.organisation.mainlandEntity)],
    [label("organisation.university"), yes(needs.organisation.university)],
    [
      label("organisation.overseasEntities"),
      needs.organisation.overseasEntities.length ? list(needs.organisation.overseasEntities.map((c) => format.regionName(c))) : "—",
    ],
    [
      label("organisation.memberOf"),
      needs.organisation.memberOf.length ? list(needs.organisation.memberOf.map((i) => labelOr(tl, `institution.${i}`, i))) : "—",
    ],
    [label("budgetHkd"), needs.budgetHkd === null ? "—" : num(needs.budgetHkd)],
    [label("startBy"), needs.startBy ?? "—"],
    [label("tools"), needs.tools.length ? list(needs.tools.map((x) => tl(`tool.${x}`))) : "—"],
    [label("supportLanguage"), tl(`supportLanguage.${needs.supportLanguage}`)],
    [label("subsidies"), needs.subsidies.length ? list(needs.subsidies.map(subsidy)) : "—"],
    ...Object.entries(needs.subsidyShares).map(
      ([id, share]) => [`${label("subsidyShares.*")}: ${subsidy(id)}`, format.number(share, "percent")] as [string, string],
    ),
    [label("allowCommitment"), yes(needs.allowCommitment)],
    [
      label("priceOverrides"),
      needs.priceOverrides.length
        ? needs.priceOverrides
            .map((o) => {
              const offer = offerById(o.offerId);
              const name =
                o.scope === "provider"
                  ? tf("overrides.providerTarget", { provider: offer?.provider ?? o.offerId })
                  : offer
                    ? `${offer.provider} ${offer.name}`
                    : o.offerId;
              return o.quotedPricePerAcceleratorHour !== undefined
                ? `${name}: ${o.currency} ${num(o.quotedPricePerAcceleratorHour)}`
                : `${name}: −${num(o.discountPct ?? 0)}%`;
            })
            .join("; ")
        : "—",
    ],
  ];
  return (
    <dl className={styles.inputsFacts}>
      {rows.map(([k, v]) => (
        <div key={k} className={styles.factRow}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
