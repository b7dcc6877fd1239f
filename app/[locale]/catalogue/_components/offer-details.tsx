import type { ReactNode } from "react";
import type { CatalogueRow } from "./catalogue-row";
import type { ColumnDeps } from "./catalogue-columns";
import { StaleBadge } from "./evidence-badges";
import { labelOr } from "@/lib/i18n/label-or";
import { useFormat } from "@/lib/i18n/use-format";
import { eligibilityText } from "@/app/_components/eligibility-text";
import { hostCountries } from "@/lib/domain/eligibility";
import { SourceList } from "@/app/_components/source-list";
import { EvidenceNotice } from "@/app/_components/evidence-notice";
import { useOfferEvidence } from "@/app/_components/use-offer-evidence";

type Props = Pick<ColumnDeps, "t" | "labels" | "format"> & {
  row: CatalogueRow;
  /** "(opens in a new tab)" */
  listFormat: Intl.ListFormat;
  onClose: () => void;
};

type FactContext = Pick<Props, "labels" | "t"> & { freshness: Map<string, CatalogueRow["freshness"][number]> };

/** One figure: its label, value, and the date of the newest source behind it (flagged when stale). */
function Fact({ ctx, path, children }: { ctx: FactContext; path: string; children: ReactNode }) {
  const f = ctx.freshness.get(path);
  return (
    <>
      <dt>{labelOr(ctx.labels, `figure.${path}`, path)}</dt>
      <dd>
        {children}
        {f &&
          (f.stale ? (
            <span className="fact-asof">
              <StaleBadge label={ctx.t("details.staleFigure", { date: f.asOf })} />
            </span>
          ) : (
            <span className="fact-asof">{ctx.t("details.asOf", { date: f.asOf })}</span>
          ))}
      </dd>
    </>
  );
}

/**
 * Everything the catalogue knows about one offer: every figure (with the date of the newest
 * source behind it, flagged when stale) and every source. Free text from the data files
 * (notes) is English, so it is marked lang="en"; names are localised (lib/i18n/local-names.ts).
 */
export function OfferDetails({ row, t, labels, format, listFormat, onClose }: Props) {
  // The rows carry lean offers: the notes and source notes arrive when the details open.
  const evidence = useOfferEvidence(row.offer);
  const offer = evidence.offer ?? row.offer;
  const freshness = new Map(row.freshness.map((f) => [f.path, f]));
  const cur = offer.price.currency;
  const withHkd = (amount: number) =>
    cur === "HKD"
      ? format.hkd(amount)
      : `${format.money(amount, cur)} (${t("details.approxHkd", { hkd: format.hkd(amount * row.hkdPerUnit) })})`;
  const intl = useFormat();
  const list = (items: string[]) => (items.length === 0 ? t("details.none") : listFormat.format(items));

  const ctx: FactContext = { freshness, labels, t };

  const headingId = `offer-details-title-${offer.id}`;
  return (
    <section className="detail-panel" aria-labelledby={headingId}>
      <div className="detail-head">
        <h3 id={headingId}>
          <span>{offer.provider}</span> <span className="muted">{offer.name}</span>
        </h3>
        <button type="button" className="btn btn--secondary btn--small no-print" onClick={onClose}>
          {t("details.close")}
        </button>
      </div>

      <div className="detail-grid">
        <div className="detail-card">
          <h4>{t("details.price")}</h4>
          <dl className="facts">
            <Fact ctx={ctx} path="price.perAcceleratorHour">
              <strong className="num">{format.hkd(row.priceHkdPerAcceleratorHour)}</strong>
              {cur !== "HKD" && (
                <>
                  {" "}
                  <span className="muted num">({format.money(offer.price.perAcceleratorHour, cur)})</span>
                </>
              )}
            </Fact>
            <Fact ctx={ctx} path="price.billingUnit">
              {labels(`billingUnit.${offer.price.billingUnit}`)}
            </Fact>
            <Fact ctx={ctx} path="commitments">
              {offer.commitments.length === 0 ? (
                t("details.none")
              ) : (
                <ul>
                  {offer.commitments.map((c) => (
                    <li key={c.name}>
                      {t("details.commitment", { name: c.name, discount: format.number(c.discountPct), months: c.minMonths })}
                    </li>
                  ))}
                </ul>
              )}
            </Fact>
            <Fact ctx={ctx} path="fees">
              {offer.fees.length === 0 ? (
                t("details.none")
              ) : (
                <ul>
                  {offer.fees.map((f) => (
                    <li key={f.name}>{t("details.fee", { name: f.name, amount: withHkd(f.amount), unit: labels(`feeUnit.${f.unit}`) })}</li>
                  ))}
                </ul>
              )}
            </Fact>
            <Fact ctx={ctx} path="minimumPurchase">
              {offer.minimumPurchase.acceleratorHours === 0
                ? t("details.noMinimum")
                : t("details.acceleratorHours", { hours: format.number(offer.minimumPurchase.acceleratorHours) })}
              {offer.minimumPurchase.note && (
                <span className="fact-asof" lang="en">
                  {offer.minimumPurchase.note}
                </span>
              )}
            </Fact>
          </dl>
        </div>

        <div className="detail-card">
          <h4>{t("details.storage")}</h4>
          <dl className="facts">
            <Fact ctx={ctx} path="storage.pricePerTbMonth">
              {t("details.perTbMonth", { amount: withHkd(offer.storage.pricePerTbMonth) })}
            </Fact>
            <Fact ctx={ctx} path="egress.pricePerTb">
              {t("details.perTb", { amount: withHkd(offer.egress.pricePerTb) })}
            </Fact>
            <Fact ctx={ctx} path="egress.freeTbPerMonth">
              {t("details.freeTb", { tb: format.number(offer.egress.freeTbPerMonth) })}
            </Fact>
          </dl>
        </div>

        <div className="detail-card">
          <h4>{t("details.access")}</h4>
          <dl className="facts">
            <Fact ctx={ctx} path="applicationPath">
              {labels(`applicationPath.${offer.applicationPath}`)}
              <span className="fact-asof">{labels(`applicationPathHint.${offer.applicationPath}`)}</span>
            </Fact>
            <Fact ctx={ctx} path="leadTimeDays">
              {t("cells.days", { days: offer.leadTimeDays })}
            </Fact>
            <Fact ctx={ctx} path="queueWaitDays">
              {offer.queueWaitDays === 0 ? t("cells.noQueue") : t("cells.days", { days: offer.queueWaitDays })}
            </Fact>
            <Fact ctx={ctx} path="eligibility">
              {eligibilityText(offer.eligibility.anyOf, hostCountries(offer.location), labels, intl)}
              {offer.eligibility.note && (
                <span className="fact-asof" lang="en">
                  {offer.eligibility.note}
                </span>
              )}
            </Fact>
          </dl>
        </div>

        <div className="detail-card">
          <h4>{t("details.hardware")}</h4>
          <dl className="facts">
            <Fact ctx={ctx} path="accelerator.model">
              {`${row.acceleratorVendor} ${row.acceleratorName}`.trim()}
            </Fact>
            <Fact ctx={ctx} path="accelerator.perNode">
              {format.number(offer.accelerator.perNode)}
              <span className="fact-asof">{labels(`allocation.${offer.accelerator.allocation}`)}</span>
            </Fact>
            <Fact ctx={ctx} path="maxAccelerators">
              {t("details.accelerators", { count: format.number(offer.maxAccelerators) })}
            </Fact>
            <Fact ctx={ctx} path="interconnect">
              {offer.interconnect.multiNode
                ? t("details.interconnectMulti", { fabric: offer.interconnect.fabric, gbps: format.number(offer.interconnect.gbps) })
                : t("details.interconnectSingle", { fabric: offer.interconnect.fabric })}
            </Fact>
          </dl>
        </div>

        <div className="detail-card">
          <h4>{t("details.security")}</h4>
          <dl className="facts">
            <Fact ctx={ctx} path="tenancy">
              {labels(`tenancy.${offer.tenancy}`)}
            </Fact>
            <Fact ctx={ctx} path="certifications">
              {list(offer.certifications.map((c) => labels(`certification.${c}`)))}
            </Fact>
            <Fact ctx={ctx} path="tools">
              {list(offer.tools.map((c) => labels(`tool.${c}`)))}
            </Fact>
            <Fact ctx={ctx} path="supportLanguages">
              {list(offer.supportLanguages.map((c) => labels(`supportLanguage.${c}`)))}
            </Fact>
            <Fact ctx={ctx} path="location">
              <span>{offer.location.label}</span>
              <span className="fact-asof">{labels(`jurisdiction.${offer.location.jurisdiction}`)}</span>
            </Fact>
          </dl>
        </div>

        {(row.subsidies.length > 0 || offer.notes) && (
          <div className="detail-card">
            {row.subsidies.length > 0 && (
              <>
                <h4>{t("details.subsidies")}</h4>
                <ul className="plain-list">
                  {row.subsidies.map((s) => (
                    <li key={s.id}>
                      {t("details.subsidy", {
                        name: s.name,
                        pct: format.number(s.coveragePct),
                        cap: s.capHkd === null ? t("details.subsidyNoCap") : t("details.subsidyCap", { amount: format.hkdWhole(s.capHkd) }),
                      })}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {offer.notes && (
              <>
                <h4>{t("details.notes")}</h4>
                <p className="small" lang="en">
                  {offer.notes}
                </p>
              </>
            )}
          </div>
        )}
      </div>

      <h4 className="detail-section-title">{t("details.sources", { count: offer.sources.length })}</h4>
      <SourceList sources={offer.sources} freshness={row.freshness} />
      <EvidenceNotice status={evidence.status} onRetry={evidence.retry} />
    </section>
  );
}
