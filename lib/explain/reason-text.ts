import type { Reason } from "@/lib/domain/scoring/reason";
import type { UiLocale } from "@/lib/validation/localise-issues";
import { catalogue } from "@/lib/catalogue/catalogue";
import labelsEn from "@/lib/i18n/messages/en/labels.json";
import labelsZhHK from "@/lib/i18n/messages/zh-HK/labels.json";
import labelsZhCN from "@/lib/i18n/messages/zh-CN/labels.json";
import advisorEn from "@/lib/i18n/messages/en/advisor.json";
import advisorZhHK from "@/lib/i18n/messages/zh-HK/advisor.json";
import advisorZhCN from "@/lib/i18n/messages/zh-CN/advisor.json";

type Triple = Record<UiLocale, string>;

/**
 * Sentence templates for every reason code the engine emits, in en / zh-HK / zh-CN.
 * {name} is replaced by the reason's parameter; a test checks every code the engine can
 * produce has all three and that no placeholder is left unfilled.
 */
export const REASON_TEMPLATES: Record<string, Triple> = {
  "cost.packaging": {
    en: "Sold in whole nodes of {perNode}: {peak} GPUs are billed as {factor}× the hours",
    "zh-HK": "以每節點 {perNode} 張卡整節點出售：{peak} 張 GPU 按 {factor} 倍時數計費",
    "zh-CN": "以每节点 {perNode} 张卡整节点出售：{peak} 张 GPU 按 {factor} 倍时数计费",
  },
  "cost.minimum-purchase": {
    en: "Minimum purchase of {minimum} accelerator-hours applies (you need {needed})",
    "zh-HK": "設最低購買量 {minimum} 加速器小時（你需要 {needed}）",
    "zh-CN": "设最低购买量 {minimum} 加速器小时（你需要 {needed}）",
  },
  "cost.override-quote": {
    en: "Your quoted price of HKD {priceHkd} per accelerator-hour replaces the list price",
    "zh-HK": "以你的報價每加速器小時 {priceHkd} 港元取代標價",
    "zh-CN": "以你的报价每加速器小时 {priceHkd} 港元取代标价",
  },
  "cost.override-discount": {
    en: "Your negotiated discount of {pct}% is applied to the list price",
    "zh-HK": "已按你議定的 {pct}% 折扣計算",
    "zh-CN": "已按你议定的 {pct}% 折扣计算",
  },
  "cost.commitment": {
    en: "Commitment discount applied: {name} ({pct}% off)",
    "zh-HK": "已計承諾用量折扣：{name}（減 {pct}%）",
    "zh-CN": "已计承诺用量折扣：{name}（减 {pct}%）",
  },
  "subsidy.not-applicable": {
    en: "Subsidy {scheme} does not apply to this option",
    "zh-HK": "資助 {scheme} 不適用於此方案",
    "zh-CN": "资助 {scheme} 不适用于此方案",
  },
  "subsidy.not-eligible": {
    en: "Your organisation is not eligible for subsidy {scheme}",
    "zh-HK": "你的機構不符合資助 {scheme} 的資格",
    "zh-CN": "你的机构不符合资助 {scheme} 的资格",
  },
  "subsidy.capped": {
    en: "Subsidy {scheme} is capped at HKD {cap}",
    "zh-HK": "資助 {scheme} 上限為 {cap} 港元",
    "zh-CN": "资助 {scheme} 上限为 {cap} 港元",
  },
  "exclude.needs-cpu": {
    en: "CPU HPC work needs a CPU partition; this option rents {model} accelerators",
    "zh-HK": "CPU 高性能運算需要 CPU 分區；此方案提供的是 {model} 加速器",
    "zh-CN": "CPU 高性能计算需要 CPU 分区；此方案提供的是 {model} 加速器",
  },
  "exclude.needs-accelerator": {
    en: "This workload needs GPUs/NPUs; this option is a CPU partition ({model})",
    "zh-HK": "此工作負載需要 GPU/NPU；此方案是 CPU 分區（{model}）",
    "zh-CN": "此工作负载需要 GPU/NPU；此方案是 CPU 分区（{model}）",
  },
  "exclude.residency": {
    en: "Data would sit in {jurisdiction}, outside your residency rule ({rule})",
    "zh-HK": "數據會存放於 {jurisdiction}，不符合你的駐留規則（{rule}）",
    "zh-CN": "数据会存放于 {jurisdiction}，不符合你的驻留规则（{rule}）",
  },
  "exclude.sensitivity": {
    en: "{sensitivity} data may not be processed in {jurisdiction}",
    "zh-HK": "{sensitivity} 類數據不可在 {jurisdiction} 處理",
    "zh-CN": "{sensitivity} 类数据不可在 {jurisdiction} 处理",
  },
  "exclude.accelerator-model": {
    en: "You asked for {wanted}; this option offers {offered}",
    "zh-HK": "你要求 {wanted}；此方案提供 {offered}",
    "zh-CN": "你要求 {wanted}；此方案提供 {offered}",
  },
  "exclude.accelerator-memory": {
    en: "Accelerator memory {offeredGb} GB is below your minimum of {wantedGb} GB",
    "zh-HK": "加速器記憶體 {offeredGb} GB 低於你要求的 {wantedGb} GB",
    "zh-CN": "加速器显存 {offeredGb} GB 低于你要求的 {wantedGb} GB",
  },
  "exclude.concurrency": {
    en: "You need {peak} GPUs at once; one customer can hold at most {max}",
    "zh-HK": "你需要同時使用 {peak} 張 GPU；每位客戶最多 {max} 張",
    "zh-CN": "你需要同时使用 {peak} 张 GPU；每位客户最多 {max} 张",
  },
  "exclude.multi-node": {
    en: "You need multi-node training; this option has no multi-node interconnect ({fabric})",
    "zh-HK": "你需要多節點訓練；此方案沒有多節點互連（{fabric}）",
    "zh-CN": "你需要多节点训练；此方案没有多节点互连（{fabric}）",
  },
  "exclude.spans-nodes": {
    en: "{peak} GPUs span more than one node of {perNode}, and this option cannot link nodes",
    "zh-HK": "{peak} 張 GPU 超過單一節點（每節點 {perNode} 張），而此方案不能連接多節點",
    "zh-CN": "{peak} 张 GPU 超过单一节点（每节点 {perNode} 张），而此方案不能连接多节点",
  },
  "exclude.eligibility": {
    en: "Open only to: {anyOf}; your organisation profile does not match",
    "zh-HK": "只開放予：{anyOf}；你的機構資料不符合",
    "zh-CN": "只开放予：{anyOf}；你的机构资料不符合",
  },
  "exclude.lead-time": {
    en: "Takes about {leadDays} days to the first job; only {availableDays} days remain before {startBy}",
    "zh-HK": "首個作業約需 {leadDays} 天；距離 {startBy} 只餘 {availableDays} 天",
    "zh-CN": "首个作业约需 {leadDays} 天；距离 {startBy} 只余 {availableDays} 天",
  },
  "exclude.budget": {
    en: "Estimated cost HKD {costHkd} exceeds your budget of HKD {budgetHkd}",
    "zh-HK": "估算成本 {costHkd} 港元超出你的預算 {budgetHkd} 港元",
    "zh-CN": "估算成本 {costHkd} 港元超出你的预算 {budgetHkd} 港元",
  },
  "price.per-effective-hour": {
    en: "All-in cost HKD {hkd} per effective hour (after discounts and subsidies)",
    "zh-HK": "每有效小時全包成本 {hkd} 港元（已扣折扣及資助）",
    "zh-CN": "每有效小时全包成本 {hkd} 港元（已扣折扣及资助）",
  },
  "security.jurisdiction": {
    en: "Data held in {jurisdiction}: fit {fit}/100 for {sensitivity} data",
    "zh-HK": "數據存放於 {jurisdiction}：對 {sensitivity} 數據的適合度 {fit}/100",
    "zh-CN": "数据存放于 {jurisdiction}：对 {sensitivity} 数据的适合度 {fit}/100",
  },
  "security.certifications": {
    en: "Certifications: {list} ({points}/100)",
    "zh-HK": "認證：{list}（{points}/100）",
    "zh-CN": "认证：{list}（{points}/100）",
  },
  "security.no-certifications": {
    en: "No published security certification (0/100)",
    "zh-HK": "未有公開的安全認證（0/100）",
    "zh-CN": "未有公开的安全认证（0/100）",
  },
  "security.tenancy": {
    en: "Tenancy: {tenancy} ({points}/100 isolation)",
    "zh-HK": "租用模式：{tenancy}（隔離度 {points}/100）",
    "zh-CN": "租用模式：{tenancy}（隔离度 {points}/100）",
  },
  "performance.throughput": {
    en: "Runs this workload at {rel}× the reference accelerator ({points}/100)",
    "zh-HK": "此工作負載的速度為參考加速器的 {rel} 倍（{points}/100）",
    "zh-CN": "此工作负载的速度为参考加速器的 {rel} 倍（{points}/100）",
  },
  "performance.interconnect": {
    en: "Interconnect {fabric}, {gbps} Gb/s per node ({points}/100)",
    "zh-HK": "互連 {fabric}，每節點 {gbps} Gb/s（{points}/100）",
    "zh-CN": "互连 {fabric}，每节点 {gbps} Gb/s（{points}/100）",
  },
  "performance.single-node": {
    en: "Fits in one node of {perNode}: interconnect not needed (100/100)",
    "zh-HK": "單一節點（{perNode} 張卡）已足夠：毋須互連（100/100）",
    "zh-CN": "单一节点（{perNode} 张卡）已足够：无须互连（100/100）",
  },
  "performance.queue": {
    en: "Typical queue wait {days} days ({points}/100)",
    "zh-HK": "一般排隊時間 {days} 天（{points}/100）",
    "zh-CN": "一般排队时间 {days} 天（{points}/100）",
  },
  "approval.path": {
    en: "Application path: {path} ({points}/100)",
    "zh-HK": "申請途徑：{path}（{points}/100）",
    "zh-CN": "申请途径：{path}（{points}/100）",
  },
  "approval.lead-time": {
    en: "About {days} days from first contact to first job ({points}/100)",
    "zh-HK": "由首次聯絡至首個作業約 {days} 天（{points}/100）",
    "zh-CN": "由首次联络至首个作业约 {days} 天（{points}/100）",
  },
  "ux.tools-all": {
    en: "Has every tool you asked for: {list}",
    "zh-HK": "具備你要求的所有工具：{list}",
    "zh-CN": "具备你要求的所有工具：{list}",
  },
  "ux.tools-missing": {
    en: "Missing tools you asked for: {list}",
    "zh-HK": "缺少你要求的工具：{list}",
    "zh-CN": "缺少你要求的工具：{list}",
  },
  "ux.breadth": {
    en: "Supports {count} of {total} common tools",
    "zh-HK": "支援 {total} 項常用工具中的 {count} 項",
    "zh-CN": "支持 {total} 项常用工具中的 {count} 项",
  },
  "ux.language-match": {
    en: "Support available in {language}",
    "zh-HK": "提供 {language} 支援",
    "zh-CN": "提供 {language} 支持",
  },
  "ux.language-english": {
    en: "No support in {language}; English only ({offered})",
    "zh-HK": "沒有 {language} 支援；只有英語等（{offered}）",
    "zh-CN": "没有 {language} 支持；只有英语等（{offered}）",
  },
  "ux.language-none": {
    en: "No support in {language} or English ({offered})",
    "zh-HK": "沒有 {language} 或英語支援（{offered}）",
    "zh-CN": "没有 {language} 或英语支持（{offered}）",
  },
};

type LabelTable = Record<string, string>;
type LocaleLabels = { labels: Record<string, LabelTable>; sensitivity: LabelTable; residency: LabelTable };

const LABELS: Record<UiLocale, LocaleLabels> = {
  en: { labels: labelsEn as unknown as Record<string, LabelTable>, sensitivity: advisorEn.form.sensitivity, residency: advisorEn.form.residency },
  "zh-HK": { labels: labelsZhHK as unknown as Record<string, LabelTable>, sensitivity: advisorZhHK.form.sensitivity, residency: advisorZhHK.form.residency },
  "zh-CN": { labels: labelsZhCN as unknown as Record<string, LabelTable>, sensitivity: advisorZhCN.form.sensitivity, residency: advisorZhCN.form.residency },
};

/** Which label table translates a parameter's value (enum ids → words in the UI language). */
function tableFor(code: string, param: string, l: LocaleLabels): LabelTable | undefined {
  switch (param) {
    case "jurisdiction":
      return l.labels.jurisdiction;
    case "path":
      return l.labels.applicationPath;
    case "tenancy":
      return l.labels.tenancy;
    case "anyOf":
      return l.labels.eligibility;
    case "language":
    case "offered":
      return code === "exclude.accelerator-model" ? undefined : l.labels.supportLanguage;
    case "list":
      return code.startsWith("security.") ? l.labels.certification : l.labels.tool;
    case "sensitivity":
      return l.sensitivity;
    case "rule":
      return l.residency;
    default:
      return undefined;
  }
}

function schemeName(id: string, locale: UiLocale): string {
  const s = catalogue.subsidies.find((x) => x.id === id);
  if (!s) return id;
  return locale === "zh-HK" ? s.nameZhHK : locale === "zh-CN" ? s.nameZhCN : s.name;
}

function acceleratorName(id: string): string {
  return catalogue.accelerators.find((a) => a.id === id)?.name ?? id;
}

/**
 * Renders a reason in the given language: enum ids in the parameters (jurisdictions,
 * application paths, tools, certifications, languages, sensitivity, residency, subsidy
 * schemes, accelerators) become their labels; numbers use a pinned locale.
 */
export function reasonText(r: Reason, locale: UiLocale): string {
  const t = REASON_TEMPLATES[r.code]?.[locale] ?? r.code;
  const nf = new Intl.NumberFormat(locale === "en" ? "en-HK" : locale, { maximumFractionDigits: 2 });
  const l = LABELS[locale];
  const sep = locale === "en" ? ", " : "、";
  return t.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = r.params[k];
    if (v === undefined) return `{${k}}`;
    if (typeof v === "number") return nf.format(v);
    const text = String(v);
    if (k === "scheme") return schemeName(text, locale);
    if (r.code === "exclude.accelerator-model" && (k === "wanted" || k === "offered")) return acceleratorName(text);
    const table = tableFor(r.code, k, l);
    if (!table) return text;
    return text
      .split(", ")
      .map((x) => table[x] ?? x)
      .join(sep);
  });
}
