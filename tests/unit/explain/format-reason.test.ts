import { describe, expect, it } from "vitest";
import { formatReason, type ReasonVocabulary } from "@/lib/explain/format-reason";
import { reason } from "@/lib/domain/reason";
import type { UiLocale } from "@/lib/validation/localise-issues";

/** A fake vocabulary: messages prefixed with the locale so a test sees which language was used. */
function vocab(locale: UiLocale): ReasonVocabulary {
  const messages: Record<string, string> = {
    "reasons.exclude.budget": "Cost {costHkd} over budget {budgetHkd}",
    "reasons.cost.packaging": "Nodes of {perNode}, factor {factor}",
    "reasons.security.jurisdiction": "Data in {jurisdiction}",
    "reasons.security.certifications": "Certified: {list}",
    "reasons.ux.tools": "Tools: {list}",
    "reasons.ux.language": "Support in {language}",
    "reasons.approval.path": "Apply via {path}",
    "reasons.security.tenancy": "Tenancy {tenancy}",
    "reasons.exclude.eligibility": "Only for {anyOf}",
    "reasons.exclude.sensitivity": "{sensitivity} data under {rule}",
    "reasons.exclude.accelerator-model": "Wanted {wanted}, offers {offered}",
    "reasons.exclude.language": "Offers {offered}",
    "reasons.subsidy.not-applicable": "Subsidy {scheme} does not apply",
    "reasons.mixed": "{name} needs {count} GPUs ({missing})",
    "reasons.flag": "Self-service: {ok}",
    "labels.jurisdiction.hk": `${locale}:Hong Kong`,
    "labels.certification.iso-27001": `${locale}:ISO 27001`,
    "labels.certification.soc2": `${locale}:SOC 2`,
    "labels.tool.slurm": `${locale}:Slurm`,
    "labels.tool.jupyter": `${locale}:Jupyter`,
    "labels.supportLanguage.zh-HK": `${locale}:Cantonese`,
    "labels.applicationPath.self-service": `${locale}:self-service`,
    "labels.tenancy.dedicated": `${locale}:dedicated`,
    "labels.eligibility.university": `${locale}:universities`,
    "advisor.form.sensitivity.personal": `${locale}:personal`,
    "advisor.form.residency.hk-only": `${locale}:HK only`,
  };
  return {
    message: (path) => messages[path],
    subsidies: [{ id: "hk-aiss", name: "AI Subsidy Scheme", nameZhHK: "人工智能資助計劃", nameZhCN: "人工智能资助计划" }],
    accelerators: [
      { id: "h100-sxm", name: "NVIDIA H100 SXM" },
      { id: "ascend-910b", name: "Huawei Ascend 910B" },
    ],
  };
}

const fmt = (r: ReturnType<typeof reason>, locale: UiLocale = "en") => formatReason(r, locale, vocab(locale));

describe("formatReason", () => {
  it("renders the template reasons.<code> with its parameters", () => {
    // HKD amounts (…Hkd) are written as money, like every other amount on the page.
    expect(fmt(reason("exclude.budget", { costHkd: 1200, budgetHkd: 1000 }))).toBe("Cost HK$1,200 over budget HK$1,000");
  });

  it.each([
    ["jurisdiction", "security.jurisdiction", { jurisdiction: "hk" }, "Data in en:Hong Kong"],
    ["path", "approval.path", { path: "self-service" }, "Apply via en:self-service"],
    ["tenancy", "security.tenancy", { tenancy: "dedicated" }, "Tenancy en:dedicated"],
    ["anyOf", "exclude.eligibility", { anyOf: "university" }, "Only for en:universities"],
    ["language", "ux.language", { language: "zh-HK" }, "Support in en:Cantonese"],
    ["offered (not accelerator)", "exclude.language", { offered: "zh-HK" }, "Offers en:Cantonese"],
    ["sensitivity + rule", "exclude.sensitivity", { sensitivity: "personal", rule: "hk-only" }, "en:personal data under en:HK only"],
  ] as const)("translates enum ids via their label group: %s", (_, code, params, expected) => {
    expect(fmt(reason(code, params))).toBe(expected);
  });

  it("leaves an id with no label in its group as the id", () => {
    expect(fmt(reason("security.jurisdiction", { jurisdiction: "mars" }))).toBe("Data in mars");
  });

  it.each(
    [
      {
        what: "formats numbers with grouping and at most 2 decimals",
        reason: reason("cost.packaging", { perNode: 1234567.891, factor: 0.5 }),
        text: {
          en: "Nodes of 1,234,567.89, factor 0.5",
          "zh-HK": "Nodes of 1,234,567.89, factor 0.5",
          "zh-CN": "Nodes of 1,234,567.89, factor 0.5",
        },
      },
      {
        what: "security.* lists use certification labels, joined as a list in the locale",
        reason: reason("security.certifications", { list: "iso-27001, soc2, pci" }),
        text: {
          en: "Certified: en:ISO 27001, en:SOC 2 and pci",
          "zh-HK": "Certified: zh-HK:ISO 27001、zh-HK:SOC 2及pci",
          "zh-CN": "Certified: zh-CN:ISO 27001、zh-CN:SOC 2和pci",
        },
      },
      {
        what: "other lists use tool labels",
        reason: reason("ux.tools", { list: "slurm, jupyter" }),
        text: { en: "Tools: en:Slurm and en:Jupyter", "zh-HK": "Tools: zh-HK:Slurm及zh-HK:Jupyter" },
      },
      {
        what: "names a subsidy scheme in the UI language",
        reason: reason("subsidy.not-applicable", { scheme: "hk-aiss" }),
        text: {
          en: "Subsidy AI Subsidy Scheme does not apply",
          "zh-HK": "Subsidy 人工智能資助計劃 does not apply",
          "zh-CN": "Subsidy 人工智能资助计划 does not apply",
        },
      },
    ].flatMap(({ what, reason: r, text }) =>
      Object.entries(text).map(([locale, expected]) => [what, locale as UiLocale, r, expected] as const),
    ),
  )("%s (%s)", (_what, locale, r, expected) => {
    expect(fmt(r, locale)).toBe(expected);
  });

  it("an unknown scheme id stays the id", () => {
    expect(fmt(reason("subsidy.not-applicable", { scheme: "no-such-scheme" }))).toBe("Subsidy no-such-scheme does not apply");
  });

  it("exclude.accelerator-model names accelerators (not languages), unknown ids stay ids", () => {
    expect(fmt(reason("exclude.accelerator-model", { wanted: "h100-sxm", offered: "ascend-910b" }), "zh-HK")).toBe(
      "Wanted NVIDIA H100 SXM, offers Huawei Ascend 910B",
    );
    expect(fmt(reason("exclude.accelerator-model", { wanted: "zh-HK", offered: "x9" }))).toBe("Wanted zh-HK, offers x9");
  });

  it("an unknown code renders as the code", () => {
    expect(fmt(reason("no.such-code", { x: 1 }))).toBe("no.such-code");
  });

  it("a missing parameter stays {name}; plain strings and booleans are inserted as is", () => {
    expect(fmt(reason("mixed", { count: 16 }))).toBe("{name} needs 16 GPUs ({missing})");
    expect(fmt(reason("mixed", { name: "Acme", count: 2, missing: "x" }))).toBe("Acme needs 2 GPUs (x)");
    expect(fmt(reason("flag", { ok: true }))).toBe("Self-service: true");
  });
});
