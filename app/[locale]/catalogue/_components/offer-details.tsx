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
  // A figure's value with a note after it (a hint, or the data's English free text).
  const noted = (value: ReactNode, note: ReactNode, lang?: "en") => (
    <>
      {value}
      {note ? (
        <span className="fact-asof" lang={lang}>
          {note}
        </span>
      ) : null}
    </>
  );
  // A list figure (commitments, fees) as bullets, or "none".
  const bullets = (items: { key: string; text: string }[]) =>
    items.length === 0 ? (
      t("details.none")
    ) : (
      <ul>
        {items.map((i) => (
          <li key={i.key}>{i.text}</li>
        ))}
      </ul>
    );

  // The figures, card by card: [figure path, value] (the path names the label and the freshness).
  const cards: { title: string; facts: [string, ReactNode][] }[] = [
    {
      title: t("details.price"),
      facts: [
        [
          "price.perAcceleratorHour",
          <>
            <strong className="num">{format.hkd(row.priceHkdPerAcceleratorHour)}</strong>
            {cur !== "HKD" && (
              <>
                {" "}
                <span className="muted num">({format.money(offer.price.perAcceleratorHour, cur)})</span>
              </>
            )}
          </>,
        ],
        ["price.billingUnit", labels(`billingUnit.${offer.price.billingUnit}`)],
        [
          "commitments",
          bullets(
            offer.commitments.map((c) => ({
              key: c.name,
              text: t("details.commitment", { name: c.name, discount: format.number(c.discountPct), months: c.minMonths }),
            })),
          ),
        ],
        [
          "fees",
          bullets(
            offer.fees.map((f) => ({
              key: f.name,
              text: t("details.fee", { name: f.name, amount: withHkd(f.amount), unit: labels(`feeUnit.${f.unit}`) }),
            })),
          ),
        ],
        [
          "minimumPurchase",
          noted(
            offer.minimumPurchase.acceleratorHours === 0
              ? t("details.noMinimum")
              : t("details.acceleratorHours", { hours: format.number(offer.minimumPurchase.acceleratorHours) }),
            offer.minimumPurchase.note,
            "en",
          ),
        ],
      ],
    },
    {
      title: t("details.storage"),
      facts: [
        ["storage.pricePerTbMonth", t("details.perTbMonth", { amount: withHkd(offer.storage.pricePerTbMonth) })],
        ["egress.pricePerTb", t("details.perTb", { amount: withHkd(offer.egress.pricePerTb) })],
        ["egress.freeTbPerMonth", t("details.freeTb", { tb: format.number(offer.egress.freeTbPerMonth) })],
      ],
    },
    {
      title: t("details.access"),
      facts: [
        [
          "applicationPath",
          noted(labels(`applicationPath.${offer.applicationPath}`), labels(`applicationPathHint.${offer.applicationPath}`)),
        ],
        ["leadTimeDays", t("cells.days", { days: offer.leadTimeDays })],
        ["queueWaitDays", offer.queueWaitDays === 0 ? t("cells.noQueue") : t("cells.days", { days: offer.queueWaitDays })],
        [
          "eligibility",
          noted(eligibilityText(offer.eligibility.anyOf, hostCountries(offer.location), labels, intl), offer.eligibility.note, "en"),
        ],
      ],
    },
    {
      title: t("details.hardware"),
      facts: [
        ["accelerator.model", `${row.acceleratorVendor} ${row.acceleratorName}`.trim()],
        ["accelerator.perNode", noted(format.number(offer.accelerator.perNode), labels(`allocation.${offer.accelerator.allocation}`))],
        ["maxAccelerators", t("details.accelerators", { count: format.number(offer.maxAccelerators) })],
        [
          "interconnect",
          offer.interconnect.multiNode
            ? t("details.interconnectMulti", { fabric: offer.interconnect.fabric, gbps: format.number(offer.interconnect.gbps) })
            : t("details.interconnectSingle", { fabric: offer.interconnect.fabric }),
        ],
      ],
    },
    {
      title: t("details.security"),
      facts: [
        ["tenancy", labels(`tenancy.${offer.tenancy}`)],
        ["certifications", list(offer.certifications.map((c) => labels(`certification.${c}`)))],
        ["tools", list(offer.tools.map((c) => labels(`tool.${c}`)))],
        ["supportLanguages", list(offer.supportLanguages.map((c) => labels(`supportLanguage.${c}`)))],
        ["location", noted(<span>{offer.location.label}</span>, labels(`jurisdiction.${offer.location.jurisdiction}`))],
      ],
    },
  ];

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
        {cards.map((card) => (
          <div key={card.title} className="detail-card">
            <h4>{card.title}</h4>
            <dl className="facts">
              {card.facts.map(([path, value]) => (
                <Fact key={path} ctx={ctx} path={path}>
                  {value}
                </Fact>
              ))}
            </dl>
          </div>
        ))}

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
