import { APPLICATION_PATH_POINTS, LEAD_TIME_SCALE_DAYS } from "@/lib/domain/scoring/approval-score";
import { CERTIFICATION_POINTS, SECURITY_WEIGHTS, TENANCY_POINTS } from "@/lib/domain/scoring/security-score";
import { INTERCONNECT_SCALE, PERFORMANCE_WEIGHTS, QUEUE_SCALE_DAYS, THROUGHPUT_SCALE } from "@/lib/domain/scoring/performance-score";
import { PRICE_SCALE } from "@/lib/domain/scoring/price-score";
import { COMPUTE_SHARE } from "@/lib/domain/cost/relative-throughput";
import { HOURS_PER_MONTH } from "@/lib/domain/cost/estimate-cost";
import { STALE_AFTER_MONTHS } from "@/lib/catalogue/staleness";
import type { UiLocale } from "@/lib/validation/localise-issues";

type Triple = Record<UiLocale, string>;

export type MethodSection = {
  id: string;
  title: Triple;
  /** Paragraphs. */
  body: Triple[];
  /** Formulas, language-neutral, built from the constants the code uses (so they cannot drift). */
  formulas: string[];
  /** Constant tables: rows of [label, value]. */
  tables?: { caption: Triple; rows: [string, string][] }[];
};

const pts = (rec: Record<string, number>) => Object.entries(rec).map(([k, v]) => [k, String(v)] as [string, string]);

/**
 * The method page's content. Every constant shown is imported from the module that uses it.
 */
export const METHOD_SECTIONS: MethodSection[] = [
  {
    id: "pipeline",
    title: { en: "How a recommendation is made", "zh-HK": "建議如何產生", "zh-CN": "建议如何产生" },
    body: [
      {
        en: "For every option in the catalogue: (1) hard rules decide whether it can serve you at all — an excluded option is always listed with its reasons; (2) the cost of your whole plan is estimated in HKD, line by line; (3) five factor scores from 0 to 100 are computed on fixed scales; (4) the weighted total ranks the options. Ties are broken by lower cost, then by id, so the order is always the same.",
        "zh-HK":
          "目錄中每個方案都經過：(1) 硬性規則判斷能否滿足你的需要——被排除的方案一定連同原因列出；(2) 以港元逐項估算整個計劃的成本；(3) 以固定尺度計算五個因素的 0–100 分；(4) 按加權總分排名。同分時以成本較低者優先，再按編號，所以排序永遠一致。",
        "zh-CN":
          "目录中每个方案都经过：(1) 硬性规则判断能否满足你的需要——被排除的方案一定连同原因列出；(2) 以港元逐项估算整个计划的成本；(3) 以固定尺度计算五个因素的 0–100 分；(4) 按加权总分排名。同分时以成本较低者优先，再按编号，所以排序永远一致。",
      },
      {
        en: "Scores use fixed, documented scales — never the minimum and maximum of whichever options happen to be listed — so adding or removing an option never changes the order of the others (TOPSIS, offered as an alternative, does not have this property).",
        "zh-HK":
          "評分採用固定、公開的尺度——而不是以當時列出方案的最高最低值換算——所以增減任何方案都不會改變其他方案的次序（另可選用的 TOPSIS 方法則沒有這個特性）。",
        "zh-CN":
          "评分采用固定、公开的尺度——而不是以当时列出方案的最高最低值换算——所以增减任何方案都不会改变其他方案的次序（另可选用的 TOPSIS 方法则没有这个特性）。",
      },
    ],
    formulas: ["total = Σ wᵢ × factorᵢ   (Σ wᵢ = 1, factorᵢ ∈ [0, 100])", "order: total ↓, then cost ↑, then id ↑"],
  },
  {
    id: "weights",
    title: { en: "Default weights: the study's ranking", "zh-HK": "預設權重：研究的排名", "zh-CN": "预设权重：研究的排名" },
    body: [
      {
        en: "The HKPC × HKU HIEBS Hong Kong AI Industry Development Study (10 Nov 2023) interviewed 216 AI firms: 71% use cloud computing services, 31% mainland supercomputing centres and 26% overseas ones. Their top five factors in choosing a supercomputing centre, in order: price, data security / privacy, computing speed / performance, ease of application / approval, user experience / tool support. The study gives only this order, so the default weights are its rank-order-centroid (ROC) weights.",
        "zh-HK":
          "生產力局與港大經濟及工商管理學院香港經濟及商業策略研究所的《香港人工智能產業發展研究》（2023年11月10日）共訪問216間AI企業；71%使用雲計算服務，31%使用內地超算中心，26%使用海外超算中心。選擇超算中心的首五個因素依次為：價格、數據安全 / 私隱、運算速度 / 計算性能、申請審批便捷程度、用戶體驗 / 介面 / 工具支援。研究只列出次序，所以預設權重採用其排序質心（ROC）權重。",
        "zh-CN":
          "生产力局与港大经济及工商管理学院香港经济及商业策略研究所的《香港人工智能产业发展研究》（2023年11月10日）共访问216家AI企业；71%使用云计算服务，31%使用内地超算中心，26%使用海外超算中心。选择超算中心的首五个因素依次为：价格、数据安全 / 隐私、运算速度 / 计算性能、申请审批便捷程度、用户体验 / 界面 / 工具支持。研究只列出次序，所以预设权重采用其排序质心（ROC）权重。",
      },
    ],
    formulas: ["w_k = (1/n) × Σ_{i=k..n} 1/i,  n = 5", "price 0.4567 · security 0.2567 · performance 0.1567 · approval 0.0900 · ux 0.0400"],
  },
  {
    id: "cost",
    title: { en: "Cost", "zh-HK": "成本", "zh-CN": "成本" },
    body: [
      {
        en: `GPU-hours are measured on the accelerator you name (H100 SXM by default). A slower accelerator needs proportionally more hours: its speed relative to the reference is a weighted geometric mean of dense BF16 throughput and memory bandwidth, with the compute share α depending on the workload. Offers sold in whole nodes are billed for whole nodes. Commitment discounts apply when your duration covers the term. Subsidies apply only where the option takes the scheme and your organisation is eligible, and appear as their own line. Prices are converted at the dated rates in the catalogue; a month is ${HOURS_PER_MONTH} hours.`,
        "zh-HK": `GPU 小時以你指定的加速器量度（預設為 H100 SXM）。較慢的加速器需要相應更多小時：其相對速度是 BF16 密集算力與記憶體頻寬的加權幾何平均，算力佔比 α 視乎工作負載。以整節點出售的方案按整節點計費。使用期涵蓋承諾年期時計入承諾折扣。資助只在方案接受該計劃而你的機構符合資格時計入，並獨立列出。價格按目錄中註明日期的匯率換算；每月以 ${HOURS_PER_MONTH} 小時計。`,
        "zh-CN": `GPU 小时以你指定的加速器计量（默认为 H100 SXM）。较慢的加速器需要相应更多小时：其相对速度是 BF16 稠密算力与显存带宽的加权几何平均，算力占比 α 视工作负载而定。以整节点出售的方案按整节点计费。使用期涵盖承诺年期时计入承诺折扣。资助只在方案接受该计划而你的机构符合资格时计入，并单独列出。价格按目录中注明日期的汇率换算；每月按 ${HOURS_PER_MONTH} 小时计。`,
      },
    ],
    formulas: [
      "rel = (TFLOPS / TFLOPS_ref)^α × (BW / BW_ref)^(1−α)",
      `α: ${Object.entries(COMPUTE_SHARE)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}; CPU HPC: rel = FP64 / FP64_ref`,
      "E = GPU-hours/month × months × rel(measured on)      A = E / rel(option)",
      "billed = max(A × ⌈peak / perNode⌉ × perNode / peak, minimum purchase)",
      "compute = billed × price × FX × (1 − commitment %)",
      "storage = TB × price/TB-month × months;  egress = max(0, TB/month − free) × price/TB × months",
      "subsidy = −min(coverage % × eligible base, cap);   total = max(0, Σ lines)",
    ],
  },
  {
    id: "price",
    title: { en: "Price score", "zh-HK": "價格分數", "zh-CN": "价格分数" },
    body: [
      {
        en: "The all-in cost per effective GPU-hour (total cost after discounts and subsidies divided by H100-equivalent hours) on a fixed logarithmic scale.",
        "zh-HK": "每有效 GPU 小時的全包成本（扣除折扣及資助後的總成本除以 H100 等效小時），以固定對數尺度評分。",
        "zh-CN": "每有效 GPU 小时的全包成本（扣除折扣及资助后的总成本除以 H100 等效小时），以固定对数尺度评分。",
      },
    ],
    formulas: [
      `price = 100 × (ln ${PRICE_SCALE.gpu.worstHkd} − ln x) / (ln ${PRICE_SCALE.gpu.worstHkd} − ln ${PRICE_SCALE.gpu.bestHkd}), clamped to [0, 100]; x in HKD per effective GPU-hour`,
      `CPU HPC: HKD ${PRICE_SCALE.cpu.bestHkd} → 100, HKD ${PRICE_SCALE.cpu.worstHkd} → 0 per effective node-hour`,
    ],
  },
  {
    id: "security",
    title: { en: "Data security / privacy score", "zh-HK": "數據安全 / 私隱分數", "zh-CN": "数据安全 / 隐私分数" },
    body: [
      {
        en: "Where the data sits, judged against how sensitive it is; published security certifications; and how isolated the tenancy is. Mainland-origin data may only go to the mainland or Hong Kong (cross-border transfer rules; the GBA Standard Contract covers mainland → Hong Kong); contract-restricted data stays in Hong Kong — those are hard rules, not scores.",
        "zh-HK":
          "數據存放地點與數據敏感程度的配合、公開的安全認證，以及租用模式的隔離程度。源自內地的數據只可留在內地或香港（跨境傳輸規則；大灣區標準合同涵蓋內地至香港）；受合約限制的數據須留在香港——這些是硬性規則，不是分數。",
        "zh-CN":
          "数据存放地点与数据敏感程度的配合、公开的安全认证，以及租用模式的隔离程度。源自内地的数据只可留在内地或香港（跨境传输规则；大湾区标准合同涵盖内地至香港）；受合约限制的数据须留在香港——这些是硬性规则，不是分数。",
      },
    ],
    formulas: [
      `security = ${SECURITY_WEIGHTS.jurisdiction} × jurisdiction fit + ${SECURITY_WEIGHTS.certifications} × certification points + ${SECURITY_WEIGHTS.tenancy} × tenancy points`,
    ],
    tables: [
      {
        caption: {
          en: "Jurisdiction fit (HK / CN / strong-privacy regime / other)",
          "zh-HK": "司法管轄區配合度（香港 / 內地 / 嚴格私隱制度 / 其他）",
          "zh-CN": "司法管辖区配合度（香港 / 内地 / 严格隐私制度 / 其他）",
        },
        rows: [
          ["public", "100 / 100 / 100 / 100"],
          ["confidential", "100 / 60 / 85 / 75"],
          ["personal (PDPO)", "100 / 50 / 75 / 60"],
          ["mainland-origin", "80 / 100 / excluded / excluded"],
          ["restricted", "100 / excluded / excluded / excluded"],
        ],
      },
      {
        caption: {
          en: "Certification points (sum, capped at 100)",
          "zh-HK": "認證分數（相加，上限 100）",
          "zh-CN": "认证分数（相加，上限 100）",
        },
        rows: pts(CERTIFICATION_POINTS),
      },
      { caption: { en: "Tenancy points", "zh-HK": "租用模式分數", "zh-CN": "租用模式分数" }, rows: pts(TENANCY_POINTS) },
    ],
  },
  {
    id: "performance",
    title: { en: "Computing performance score", "zh-HK": "運算速度 / 計算性能分數", "zh-CN": "运算速度 / 计算性能分数" },
    body: [
      {
        en: "Speed of the accelerator for your workload relative to the reference, on a log scale; the interconnect when your job spans nodes; and the typical queue wait.",
        "zh-HK": "加速器處理你的工作負載相對參考加速器的速度（對數尺度）；工作跨節點時的互連頻寬；以及一般排隊時間。",
        "zh-CN": "加速器处理你的工作负载相对参考加速器的速度（对数尺度）；作业跨节点时的互连带宽；以及一般排队时间。",
      },
    ],
    formulas: [
      `performance = ${PERFORMANCE_WEIGHTS.throughput} × throughput + ${PERFORMANCE_WEIGHTS.interconnect} × interconnect + ${PERFORMANCE_WEIGHTS.queue} × queue`,
      `throughput = 100 × (log₂ rel − (${THROUGHPUT_SCALE.minLog2})) / (${THROUGHPUT_SCALE.maxLog2} − (${THROUGHPUT_SCALE.minLog2})), clamped`,
      `interconnect = 100 if one node suffices, else 100 × log₂(Gb/s ÷ ${INTERCONNECT_SCALE.minGbps}) / log₂(${INTERCONNECT_SCALE.maxGbps} ÷ ${INTERCONNECT_SCALE.minGbps})`,
      `queue = 100 × (1 − days ÷ ${QUEUE_SCALE_DAYS}), clamped`,
      "time to result = lead time + queue wait + accelerator-hours ÷ (peak GPUs × 24) days (inference: lead time + queue wait, i.e. time to go live)",
    ],
  },
  {
    id: "approval",
    title: { en: "Ease of application / approval score", "zh-HK": "申請審批便捷程度分數", "zh-CN": "申请审批便捷程度分数" },
    body: [
      {
        en: "How much paperwork stands between you and the first job, and how long it takes. Eligibility (e.g. university-only programmes) is a hard rule.",
        "zh-HK": "由申請到首個作業之間的手續多寡及所需時間。資格（例如只限大學的計劃）屬硬性規則。",
        "zh-CN": "由申请到首个作业之间的手续多寡及所需时间。资格（例如只限大学的计划）属硬性规则。",
      },
    ],
    formulas: [`approval = 0.6 × path points + 0.4 × 100 × (1 − ln(1 + lead days) / ln(1 + ${LEAD_TIME_SCALE_DAYS})), clamped`],
    tables: [
      { caption: { en: "Application path points", "zh-HK": "申請途徑分數", "zh-CN": "申请途径分数" }, rows: pts(APPLICATION_PATH_POINTS) },
    ],
  },
  {
    id: "ux",
    title: { en: "User experience / tool support score", "zh-HK": "用戶體驗 / 工具支援分數", "zh-CN": "用户体验 / 工具支持分数" },
    body: [
      {
        en: "Whether the tools you asked for are there (Jupyter, containers, Kubernetes, Slurm, web console, API), support in your language, and a self-service console and API.",
        "zh-HK":
          "是否提供你要求的工具（Jupyter、容器、Kubernetes、Slurm、網頁控制台、API）、是否以你的語言提供支援，以及自助控制台和 API。",
        "zh-CN":
          "是否提供你要求的工具（Jupyter、容器、Kubernetes、Slurm、网页控制台、API）、是否以你的语言提供支持，以及自助控制台和 API。",
      },
    ],
    formulas: [
      "ux = 0.6 × tools + 0.25 × language + 0.15 × (50 × console + 50 × API)",
      "tools = 0.7 × requested coverage + 0.3 × breadth (breadth alone when none requested)",
      "language = 100 in your language, 50 English only, 0 otherwise",
    ],
  },
  {
    id: "sources",
    title: { en: "Sources, estimates and staleness", "zh-HK": "資料來源、估算及過時資料", "zh-CN": "资料来源、估算及过时资料" },
    body: [
      {
        en: `Every catalogue figure carries its source URL, as-of date and basis: the vendor's or government's own page, a third-party page (marked), or our estimate (marked, with its reasoning). A figure whose source is more than ${STALE_AFTER_MONTHS} months old is flagged as stale, and every result that leans on an estimated, third-party or stale figure says so. The Hong Kong AI Supercomputing Centre does not publish a list price; the catalogue carries a documented estimate that you can override with a quote.`,
        "zh-HK": `目錄中每個數字都附有來源網址、資料日期及依據：供應商或政府的官方網頁、第三方網頁（已標示），或我們的估算（已標示並附理據）。來源超過 ${STALE_AFTER_MONTHS} 個月的數字會標示為過時；任何倚賴估算、第三方或過時數字的結果都會註明。香港人工智能超算中心未有公布標價；目錄採用有記錄的估算，你可以用實際報價取代。`,
        "zh-CN": `目录中每个数字都附有来源网址、资料日期及依据：供应商或政府的官方网页、第三方网页（已标示），或我们的估算（已标示并附理据）。来源超过 ${STALE_AFTER_MONTHS} 个月的数字会标示为过时；任何依赖估算、第三方或过时数字的结果都会注明。香港人工智能超算中心未有公布标价；目录采用有记录的估算，你可以用实际报价取代。`,
      },
    ],
    formulas: [],
  },
  {
    id: "methods",
    title: { en: "Other decision methods and robustness", "zh-HK": "其他決策方法及穩健度", "zh-CN": "其他决策方法及稳健度" },
    body: [
      {
        en: "Pairwise comparison (AHP): answer ten questions of the form “price is … more important than data security” on Saaty's 1–9 scale; the weights are the principal eigenvector of the comparison matrix, and the consistency ratio (CR) says how coherent the answers are — above 0.10 the most inconsistent judgement is pointed out with a suggested value.",
        "zh-HK":
          "兩兩比較（AHP）：以 Saaty 1–9 尺度回答十條「價格比數據安全重要多少」的問題；權重為比較矩陣的主特徵向量，一致性比率（CR）反映答案是否自洽——高於 0.10 時會指出最不一致的判斷並建議數值。",
        "zh-CN":
          "两两比较（AHP）：以 Saaty 1–9 尺度回答十条“价格比数据安全重要多少”的问题；权重为比较矩阵的主特征向量，一致性比率（CR）反映答案是否自洽——高于 0.10 时会指出最不一致的判断并建议数值。",
      },
      {
        en: "TOPSIS ranks options by their closeness to an ideal option built from the best score on each factor among the listed options (vector normalisation). Because the ideal depends on which options are listed, TOPSIS — unlike the fixed-scale weighted sum — can reorder two options when a third is added or removed. The results table always says which method is in use.",
        "zh-HK":
          "TOPSIS 按各方案與「理想方案」的接近程度排名；理想方案由列出方案中各因素的最佳分數組成（向量標準化）。由於理想方案取決於列出了哪些方案，TOPSIS 與固定尺度的加權總分不同：增減一個方案可能令另外兩個方案調換次序。結果表會註明正在使用的方法。",
        "zh-CN":
          "TOPSIS 按各方案与“理想方案”的接近程度排名；理想方案由列出方案中各因素的最佳分数组成（向量标准化）。由于理想方案取决于列出了哪些方案，TOPSIS 与固定尺度的加权总分不同：增减一个方案可能令另外两个方案调换次序。结果表会注明正在使用的方法。",
      },
      {
        en: "Weight-stability intervals: for each factor, the range of its weight (the other weights rescaled in proportion) over which the current first option stays first. SMAA-2 samples thousands of weight vectors — uniformly, or only those that keep your order of priorities — and reports how often each option ranks first, second, …, the central weights that make it win, and its confidence factor. Sampling is seeded, so the same inputs always give the same figures.",
        "zh-HK":
          "權重穩定區間：對每個因素，在其他權重按比例調整下，目前第一名仍保持第一的權重範圍。SMAA-2 抽樣數以千計的權重組合——均勻抽樣，或只抽符合你的優先次序者——並報告各方案排第一、第二……的機率、令其勝出的中心權重及置信因子。抽樣使用固定種子，相同輸入必得相同結果。",
        "zh-CN":
          "权重稳定区间：对每个因素，在其他权重按比例调整下，当前第一名仍保持第一的权重范围。SMAA-2 抽样数以千计的权重组合——均匀抽样，或只抽符合你的优先次序者——并报告各方案排第一、第二……的概率、令其胜出的中心权重及置信因子。抽样使用固定种子，相同输入必得相同结果。",
      },
    ],
    formulas: [
      "AHP: A w = λmax w,  CI = (λmax − n)/(n − 1),  CR = CI / RI(n),  RI(5) = 1.12",
      "TOPSIS: r_ij = x_ij / √Σ_i x_ij²,  v_ij = w_j r_ij,  C_i = d_i⁻ / (d_i⁺ + d_i⁻)",
      "stability: w_j = t, w_k = w_k (1 − t)/(1 − w_j) for k ≠ j;  interval = {t : leader stays first}",
      "SMAA-2: w ~ Uniform(simplex) [or ordered by your ranks];  b_i^r = P(rank_i = r)",
    ],
  },
];
