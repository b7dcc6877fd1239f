import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FORMAT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { METHOD_SECTIONS } from "@/lib/explain/method-content";

type Props = { params: Promise<{ locale: string }> };

/** HKPC × HKU HIEBS study (10 Nov 2023): shares of the 216 firms by how they cover a compute shortfall. */
const STUDY = {
  firms: 216,
  usage: [
    { key: "usageCloud", pct: 71 },
    { key: "usageMainland", pct: 31 },
    { key: "usageOverseas", pct: 26 },
  ],
  /** In the study's order of importance. */
  factors: ["price", "security", "performance", "approval", "ux"],
} as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: rawLocale } = await params;
  const locale: Locale = isLocale(rawLocale) ? rawLocale : "en";
  const t = await getTranslations({ locale, namespace: "method" });
  return { title: t("metaTitle") };
}

export default async function MethodPage({ params }: Props) {
  const { locale: rawLocale } = await params;
  const locale: Locale = isLocale(rawLocale) ? rawLocale : "en";
  setRequestLocale(locale);
  const t = await getTranslations("method");
  const nav = await getTranslations("nav");
  const ui = isLocale(locale) ? locale : "en";
  const percent = new Intl.NumberFormat(isLocale(locale) ? FORMAT_LOCALE[locale] : "en-HK", { style: "percent" });

  return (
    <div className="container stack">
      <header className="page-header">
        <span className="eyebrow">{nav("method")}</span>
        <h1>{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
      </header>

      <section className="card" aria-labelledby="study-heading">
        <h2 id="study-heading">{t("study.heading")}</h2>
        <p className="muted small">{t("study.source")}</p>

        <h3>{t("study.usageHeading")}</h3>
        <ul className="figure-grid">
          <li className="figure">
            <span className="figure-value">{STUDY.firms}</span>
            <span className="figure-label">{t("study.firms")}</span>
          </li>
          {STUDY.usage.map((u) => (
            <li className="figure" key={u.key}>
              <span className="figure-value">{percent.format(u.pct / 100)}</span>
              <span className="figure-label">{t(`study.${u.key}`)}</span>
              <span className="bar" aria-hidden="true">
                <span style={{ width: `${u.pct}%` }} />
              </span>
            </li>
          ))}
        </ul>
        <p className="muted small" style={{ marginTop: "var(--space-3)" }}>
          {t("study.usageNote")}
        </p>

        <h3 style={{ marginTop: "var(--space-5)" }}>{t("study.factorsHeading")}</h3>
        <ol className="ranked-list">
          {STUDY.factors.map((f) => (
            <li key={f}>{t(`study.factors.${f}`)}</li>
          ))}
        </ol>
      </section>

      <section className="card" aria-labelledby="formulas-heading" id="formulas">
        <h2 id="formulas-heading">{t("formulasHeading")}</h2>
        <p className="muted">{t("formulasPending")}</p>
        <nav aria-label={t("formulasHeading")}>
          <ol className="method-toc">
            {METHOD_SECTIONS.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{s.title[ui]}</a>
              </li>
            ))}
          </ol>
        </nav>
      </section>

      {METHOD_SECTIONS.map((s) => (
        <section className="card method-section" key={s.id} id={s.id} aria-labelledby={`${s.id}-heading`}>
          <h2 id={`${s.id}-heading`}>{s.title[ui]}</h2>
          {s.body.map((p, i) => (
            <p key={i}>{p[ui]}</p>
          ))}
          {s.formulas.length > 0 ? (
            <pre className="method-formulas" tabIndex={0} aria-label={s.title[ui]}>
              {s.formulas.join("\n")}
            </pre>
          ) : null}
          {s.tables?.map((tb, i) => (
            <div className="table-scroll" key={i}>
              <table className="method-table">
                <caption>{tb.caption[ui]}</caption>
                <tbody>
                  {tb.rows.map(([k, v]) => (
                    <tr key={k}>
                      <th scope="row">{k}</th>
                      <td>{v}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
