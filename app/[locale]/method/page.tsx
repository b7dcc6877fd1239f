import { getTranslations } from "next-intl/server";
import { localeMetadata, pageParams } from "@/lib/i18n/page-params";
import { formatterFor } from "@/lib/i18n/formatter";
import { FACTORS } from "@/lib/domain/factors";
import { STUDY } from "@/lib/domain/study-figures";
import { METHOD_SECTIONS, methodSectionText, type MethodTable } from "@/lib/explain/method-content";
import { PageHeader } from "@/app/_components/page-header";
import { labelOr } from "@/lib/i18n/label-or";

type Props = { params: Promise<{ locale: string }> };

/** The study's usage shares (lib/domain/study-figures.ts), each with its label key. */
const USAGE = [
  { key: "usageCloud", share: STUDY.usage.cloud },
  { key: "usageMainland", share: STUDY.usage.mainlandSupercomputing },
  { key: "usageOverseas", share: STUDY.usage.overseasSupercomputing },
] as const;

export const generateMetadata = localeMetadata(async (locale) => {
  const t = await getTranslations({ locale, namespace: "method" });
  return { title: t("metaTitle") };
});

export default async function MethodPage({ params }: Props) {
  const { locale } = await pageParams(params);
  const t = await getTranslations("method");
  const nav = await getTranslations("nav");
  // The tables' rows are codes (sensitivity levels, certifications…) labelled by their own message groups.
  const labels = await getTranslations();
  const label = (group: string | undefined, code: string) => (group ? labelOr(labels, `${group}.${code}`, code) : code);
  // A value is a figure as the code holds it, or a list of codes (laws) named in the page's language.
  const value = (tb: MethodTable, v: string | readonly string[]) =>
    typeof v === "string"
      ? v
      : format.list(
          v.map((code) => label(tb.valueLabels, code)),
          "and",
        );
  const format = formatterFor(locale);
  // Section keys are built from METHOD_SECTIONS (tests/unit/explain/method-content.test.ts checks each exists in every locale).
  const sectionText = (s: (typeof METHOD_SECTIONS)[number]) =>
    methodSectionText(s, (key, values) => t(key as never, values as never), {
      number: (n) => format.number(n),
      percent: (share) => format.number(share, "percent"),
    });
  const sections = METHOD_SECTIONS.map((s) => ({ s, text: sectionText(s) }));

  return (
    <div className="container stack">
      <PageHeader eyebrow={nav("method")} title={t("title")} lead={t("intro")} />

      <section className="card" aria-labelledby="study-heading">
        <h2 id="study-heading">{t("study.heading")}</h2>
        <p className="muted small">{t("study.source")}</p>

        <h3>{t("study.usageHeading")}</h3>
        <ul className="figure-grid">
          <li className="figure">
            <span className="figure-value">{format.number(STUDY.firms)}</span>
            <span className="figure-label">{t("study.firms")}</span>
          </li>
          {USAGE.map((u) => (
            <li className="figure" key={u.key}>
              <span className="figure-value">{format.number(u.share, "percent")}</span>
              <span className="figure-label">{t(`study.${u.key}`)}</span>
              <span className="bar" aria-hidden="true">
                <span style={{ width: `${u.share * 100}%` }} />
              </span>
            </li>
          ))}
        </ul>
        <p className="muted small" style={{ marginTop: "var(--space-3)" }}>
          {t("study.usageNote")}
        </p>

        <h3 style={{ marginTop: "var(--space-5)" }}>{t("study.factorsHeading")}</h3>
        <ol className="ranked-list">
          {/* FACTORS follows the study's order of importance (lib/domain/factors.ts). */}
          {FACTORS.map((f) => (
            <li key={f}>{t(`study.factors.${f}`)}</li>
          ))}
        </ol>
      </section>

      <section className="card" aria-labelledby="formulas-heading" id="formulas">
        <h2 id="formulas-heading">{t("formulasHeading")}</h2>
        <p className="muted">{t("formulasPending")}</p>
        <nav aria-label={t("formulasHeading")}>
          <ol className="method-toc">
            {sections.map(({ s, text }) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{text.title}</a>
              </li>
            ))}
          </ol>
        </nav>
      </section>

      {sections.map(({ s, text }) => (
        <section className="card method-section" key={s.id} id={s.id} aria-labelledby={`${s.id}-heading`}>
          <h2 id={`${s.id}-heading`}>{text.title}</h2>
          {text.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          {text.formulas.length > 0 ? (
            <pre className="method-formulas" tabIndex={0} aria-label={text.title}>
              {text.formulas.join("\n")}
            </pre>
          ) : null}
          {s.tables?.map((tb, i) => (
            <div className="table-scroll" key={i}>
              <table className="method-table">
                <caption>{text.captions[i]}</caption>
                <tbody>
                  {tb.rows.map(([k, v]) => (
                    <tr key={k}>
                      <th scope="row">{label(tb.rowLabels, k)}</th>
                      <td>{value(tb, v)}</td>
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
