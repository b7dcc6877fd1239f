import type { UiLocale } from "./localise-issues";

/**
 * Field labels by dot path (array indices replaced by "*"). Every field of the request
 * has a label in every UI language, so a validation message always names the field the
 * way the form does. Apart from localiseIssues so the form's labels load without the
 * message builder, which the browser only needs once the user edits the form.
 */
export const FIELD_LABELS: Record<string, Record<UiLocale, string>> = {
  needs: { en: "Needs", "zh-HK": "需求", "zh-CN": "需求" },
  weights: { en: "Weights", "zh-HK": "權重", "zh-CN": "权重" },
  "weights.price": { en: "Weight: price", "zh-HK": "權重：價格", "zh-CN": "权重：价格" },
  "weights.security": { en: "Weight: data security / privacy", "zh-HK": "權重：數據安全 / 私隱", "zh-CN": "权重：数据安全 / 隐私" },
  "weights.performance": {
    en: "Weight: computing performance",
    "zh-HK": "權重：運算速度 / 計算性能",
    "zh-CN": "权重：运算速度 / 计算性能",
  },
  "weights.approval": {
    en: "Weight: ease of application / approval",
    "zh-HK": "權重：申請審批便捷程度",
    "zh-CN": "权重：申请审批便捷程度",
  },
  "weights.ux": {
    en: "Weight: user experience / tool support",
    "zh-HK": "權重：用戶體驗 / 工具支援",
    "zh-CN": "权重：用户体验 / 工具支持",
  },
  method: { en: "Scoring method", "zh-HK": "評分方法", "zh-CN": "评分方法" },
  workload: { en: "Workload type", "zh-HK": "工作負載類型", "zh-CN": "工作负载类型" },
  accelerator: { en: "Accelerator requirement", "zh-HK": "加速器要求", "zh-CN": "加速器要求" },
  "accelerator.model": { en: "Accelerator model", "zh-HK": "加速器型號", "zh-CN": "加速器型号" },
  "accelerator.minMemoryGb": { en: "Minimum accelerator memory (GB)", "zh-HK": "最低加速器記憶體（GB）", "zh-CN": "最低加速器显存（GB）" },
  gpuHoursPerMonth: { en: "GPU-hours per month", "zh-HK": "每月 GPU 小時", "zh-CN": "每月 GPU 小时" },
  durationMonths: { en: "Duration (months)", "zh-HK": "使用期（月）", "zh-CN": "使用期（月）" },
  hoursMeasuredOn: { en: "GPU-hours measured on", "zh-HK": "GPU 小時的量度基準", "zh-CN": "GPU 小时的计量基准" },
  peakGpus: { en: "Peak concurrent GPUs", "zh-HK": "峰值同時使用 GPU 數", "zh-CN": "峰值同时使用 GPU 数" },
  multiNode: { en: "Multi-node interconnect needed", "zh-HK": "需要多節點互連", "zh-CN": "需要多节点互连" },
  storageTb: { en: "Storage (TB)", "zh-HK": "儲存（TB）", "zh-CN": "存储（TB）" },
  egressTbPerMonth: { en: "Data egress per month (TB)", "zh-HK": "每月數據外傳（TB）", "zh-CN": "每月数据出站（TB）" },
  dataSensitivity: { en: "Data sensitivity", "zh-HK": "數據敏感程度", "zh-CN": "数据敏感程度" },
  residency: { en: "Data residency rule", "zh-HK": "數據駐留規則", "zh-CN": "数据驻留规则" },
  organisation: { en: "Organisation profile", "zh-HK": "機構資料", "zh-CN": "机构资料" },
  "organisation.hkRegistered": { en: "Hong Kong-registered company", "zh-HK": "香港註冊公司", "zh-CN": "香港注册公司" },
  "organisation.mainlandEntity": { en: "Has a mainland entity", "zh-HK": "設有內地實體", "zh-CN": "设有内地实体" },
  "organisation.university": { en: "University / research institution", "zh-HK": "大學 / 研究機構", "zh-CN": "大学 / 研究机构" },
  "organisation.hostCountryPartner": {
    en: "Has an entity or research partner abroad",
    "zh-HK": "在海外設有實體或研究夥伴",
    "zh-CN": "在海外设有实体或研究伙伴",
  },
  budgetHkd: { en: "Budget ceiling (HKD)", "zh-HK": "預算上限（港元）", "zh-CN": "预算上限（港元）" },
  startBy: { en: "Start by (date)", "zh-HK": "最遲開始日期", "zh-CN": "最迟开始日期" },
  tools: { en: "Tool preferences", "zh-HK": "工具偏好", "zh-CN": "工具偏好" },
  "tools.*": { en: "Tool preference", "zh-HK": "工具偏好", "zh-CN": "工具偏好" },
  supportLanguage: { en: "Support language", "zh-HK": "支援語言", "zh-CN": "支持语言" },
  priceOverrides: { en: "Price overrides", "zh-HK": "價格調整", "zh-CN": "价格调整" },
  "priceOverrides.*": { en: "Price override", "zh-HK": "價格調整", "zh-CN": "价格调整" },
  "priceOverrides.*.offerId": { en: "Price override: option", "zh-HK": "價格調整：方案", "zh-CN": "价格调整：方案" },
  "priceOverrides.*.discountPct": { en: "Price override: discount (%)", "zh-HK": "價格調整：折扣（%）", "zh-CN": "价格调整：折扣（%）" },
  "priceOverrides.*.quotedPricePerAcceleratorHour": {
    en: "Price override: quoted price per GPU-hour",
    "zh-HK": "價格調整：每 GPU 小時報價",
    "zh-CN": "价格调整：每 GPU 小时报价",
  },
  "priceOverrides.*.currency": { en: "Price override: currency", "zh-HK": "價格調整：貨幣", "zh-CN": "价格调整：货币" },
  subsidies: { en: "Expected subsidies", "zh-HK": "預期資助", "zh-CN": "预期资助" },
  "subsidies.*": { en: "Expected subsidy", "zh-HK": "預期資助", "zh-CN": "预期资助" },
  allowCommitment: { en: "Willing to commit (reserved pricing)", "zh-HK": "願意承諾用量（預留價格）", "zh-CN": "愿意承诺用量（预留价格）" },
};

/** The labels of one language, by the same dot paths. */
export type FieldLabels = Readonly<Record<string, string>>;

/** One language's column of FIELD_LABELS: what a page sends the browser instead of all three. */
export function fieldLabelsFor(locale: UiLocale): FieldLabels {
  return Object.fromEntries(Object.entries(FIELD_LABELS).map(([path, byLocale]) => [path, byLocale[locale]]));
}
