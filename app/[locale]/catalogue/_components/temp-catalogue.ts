// TEMPORARY development fixture until data/*.json lands; replaced by @/lib/catalogue/catalogue.
import { parseCatalogue } from "@/lib/catalogue/parse-catalogue";

const src = (url: string, asOf: string, basis: string, covers: string[], note?: string) => ({ url, asOf, basis, covers, ...(note ? { note } : {}) });
const ALL = ["accelerator.model", "accelerator.perNode", "price.perAcceleratorHour", "storage.pricePerTbMonth", "egress.pricePerTb", "applicationPath", "leadTimeDays", "eligibility"];

export const catalogue = parseCatalogue({
  meta: { path: "meta", json: { version: "2026.11.25-dev", reviewedOn: "2026-11-25" } },
  accelerators: {
    path: "acc",
    json: {
      referenceModel: "nvidia-h100-sxm",
      referenceCpuModel: "cpu-node-2x64",
      accelerators: [
        { id: "nvidia-h100-sxm", vendor: "NVIDIA", name: "H100 SXM 80GB", kind: "gpu", bf16DenseTflops: 989, memoryGb: 80, memoryBandwidthTbs: 3.35, sources: [src("https://www.nvidia.com/en-us/data-center/h100/", "2025-01-01", "vendor", ["accelerator.model"])] },
        { id: "nvidia-h800-sxm", vendor: "NVIDIA", name: "H800 SXM 80GB", kind: "gpu", bf16DenseTflops: 989, memoryGb: 80, memoryBandwidthTbs: 3.35, sources: [src("https://www.nvidia.com/", "2025-01-01", "vendor", ["accelerator.model"])] },
        { id: "nvidia-a100-80", vendor: "NVIDIA", name: "A100 80GB", kind: "gpu", bf16DenseTflops: 312, memoryGb: 80, memoryBandwidthTbs: 2.0, sources: [src("https://www.nvidia.com/", "2025-01-01", "vendor", ["accelerator.model"])] },
        { id: "huawei-ascend-910b", vendor: "Huawei", name: "Ascend 910B", kind: "npu", bf16DenseTflops: 320, memoryGb: 64, memoryBandwidthTbs: 1.6, sources: [src("https://www.hiascend.com/", "2025-01-01", "vendor", ["accelerator.model"])] },
        { id: "cpu-node-2x64", vendor: "Generic", name: "2 × 64-core CPU node", kind: "cpu-node", bf16DenseTflops: 8, fp64Tflops: 4, memoryGb: 512, memoryBandwidthTbs: 0.4, sources: [src("https://example.org/cpu", "2025-01-01", "estimate", ["accelerator.model"], "Typical dual-socket node; estimate for development only.")] },
      ],
    },
  },
  fx: { path: "fx", json: { asOf: "2025-12-29", base: "HKD", hkdPer: { USD: 7.78, CNY: 1.11, JPY: 0.0494, SGD: 6.06, CHF: 9.85 }, sources: [src("https://www.hkma.gov.hk/", "2025-12-29", "government", ["price.perAcceleratorHour"])] } },
  subsidies: {
    path: "subs",
    json: { schemes: [{ id: "aiss", name: "Artificial Intelligence Subsidy Scheme", nameZhHK: "人工智能資助計劃", nameZhCN: "人工智能资助计划", coveragePct: 70, capHkd: null, eligibleOrganisations: ["hk-company", "university"], appliesTo: "compute", note: "Generally 70% of the AISC list price; up to 90% in special cases.", sources: [src("https://www.smelink.gov.hk/", "2025-06-01", "government", ["price.perAcceleratorHour"])] }] },
  },
  offerFiles: [
    {
      path: "data/offers/cloud.json",
      json: {
        family: "cloud",
        offers: [
          {
            id: "aws-p5-tokyo", provider: "Amazon Web Services", name: "p5.48xlarge (8 × H100)", family: "cloud",
            location: { label: "Tokyo (ap-northeast-1)", country: "JP", jurisdiction: "JP" },
            accelerator: { model: "nvidia-h100-sxm", perNode: 8, allocation: "node" },
            price: { currency: "USD", perAcceleratorHour: 6.88, billingUnit: "per-second" },
            storage: { pricePerTbMonth: 25 }, egress: { pricePerTb: 114, freeTbPerMonth: 0.1 },
            commitments: [{ name: "1-year Compute Savings Plan, no upfront", minMonths: 12, discountPct: 40 }],
            fees: [], minimumPurchase: { acceleratorHours: 0 }, applicationPath: "self-serve", leadTimeDays: 5, queueWaitDays: 0,
            eligibility: { anyOf: ["any"], note: "New accounts need a service-quota increase before P5 launches." },
            certifications: ["iso27001", "iso27017", "soc2", "ismap-jp"], tenancy: "shared-vm", tools: ["containers", "kubernetes", "web-console", "api"],
            supportLanguages: ["en", "ja", "zh-CN"], maxAccelerators: 64, interconnect: { multiNode: true, fabric: "EFA 3.2 Tb/s", gbps: 3200 }, subsidySchemes: [],
            sources: [
              src("https://aws.amazon.com/ec2/pricing/on-demand/", "2026-04-22", "third-party", ["price.perAcceleratorHour", "commitments"], "Per-GPU price quoted by a third-party tracker after the June 2025 cut."),
              src("https://aws.amazon.com/ec2/instance-types/p5/", "2025-06-30", "vendor", ["accelerator.model", "accelerator.perNode", "interconnect", "maxAccelerators", "tools", "certifications"]),
              src("https://aws.amazon.com/s3/pricing/", "2024-09-01", "vendor", ["storage.pricePerTbMonth", "egress.pricePerTb"]),
              src("https://aws.amazon.com/premiumsupport/", "2025-01-15", "estimate", ["applicationPath", "leadTimeDays", "eligibility"], "Quota increases for P-family instances typically take several working days."),
            ],
          },
          {
            id: "alibaba-gn7-hk", provider: "Alibaba Cloud", name: "ecs.gn7e (A100 80GB)", family: "cloud",
            location: { label: "Hong Kong (cn-hongkong)", country: "HK", jurisdiction: "HK" },
            accelerator: { model: "nvidia-a100-80", perNode: 1, allocation: "accelerator" },
            price: { currency: "USD", perAcceleratorHour: 3.6, billingUnit: "per-hour" },
            storage: { pricePerTbMonth: 20 }, egress: { pricePerTb: 80, freeTbPerMonth: 0 },
            commitments: [], fees: [], minimumPurchase: { acceleratorHours: 0 }, applicationPath: "self-serve", leadTimeDays: 1, queueWaitDays: 0,
            eligibility: { anyOf: ["any"] }, certifications: ["iso27001", "csa-star"], tenancy: "shared-vm", tools: ["containers", "web-console", "api", "jupyter"],
            supportLanguages: ["en", "zh-HK", "zh-CN"], maxAccelerators: 16, interconnect: { multiNode: false, fabric: "25 GbE", gbps: 25 }, subsidySchemes: [],
            sources: [src("https://www.alibabacloud.com/product/ecs-pricing", "2025-10-01", "vendor", ALL.concat(["certifications"]))],
          },
        ],
      },
    },
    {
      path: "data/offers/mainland-sc.json",
      json: {
        family: "mainland-sc",
        offers: [
          {
            id: "hkust-gz-hpc3", provider: "HKUST (Guangzhou) HPC", name: "Phase III GPU partition (shared)", family: "mainland-sc",
            location: { label: "Guangzhou", country: "CN", jurisdiction: "CN" },
            accelerator: { model: "nvidia-a100-80", perNode: 8, allocation: "accelerator" },
            price: { currency: "CNY", perAcceleratorHour: 2.4, billingUnit: "card-hour" },
            storage: { pricePerTbMonth: 15 }, egress: { pricePerTb: 0 }, commitments: [], fees: [{ name: "Account opening", amount: 0, unit: "one-off" }],
            minimumPurchase: { acceleratorHours: 0 }, applicationPath: "institutional-agreement", leadTimeDays: 30, queueWaitDays: 1.5,
            eligibility: { anyOf: ["university", "mainland-entity"] }, certifications: ["mlps-level3"], tenancy: "shared-hpc", tools: ["slurm", "containers"],
            supportLanguages: ["zh-CN", "en"], maxAccelerators: 32, interconnect: { multiNode: true, fabric: "InfiniBand HDR 200 Gb/s", gbps: 200 }, subsidySchemes: [],
            sources: [src("https://docs.hpc.hkust-gz.edu.cn/en/docs/charges/prices-phaseIII", "2025-09-01", "vendor", ALL.concat(["fees", "certifications"]))],
          },
          {
            id: "commercial-910b-sz", provider: "Shenzhen intelligent-computing centre", name: "Ascend 910B card-hour", family: "mainland-sc",
            location: { label: "Shenzhen", country: "CN", jurisdiction: "CN" },
            accelerator: { model: "huawei-ascend-910b", perNode: 8, allocation: "node" },
            price: { currency: "CNY", perAcceleratorHour: 9, billingUnit: "card-hour" },
            storage: { pricePerTbMonth: 100 }, egress: { pricePerTb: 0 }, commitments: [], fees: [],
            minimumPurchase: { acceleratorHours: 720, note: "One node for one month." }, applicationPath: "online-application", leadTimeDays: 14, queueWaitDays: 0,
            eligibility: { anyOf: ["mainland-entity"] }, certifications: [], tenancy: "dedicated-host", tools: ["containers", "web-console"],
            supportLanguages: ["zh-CN"], maxAccelerators: 512, interconnect: { multiNode: true, fabric: "RoCE 200 Gb/s", gbps: 200 }, subsidySchemes: [],
            sources: [src("https://www.zhitaoyun.cn/2153110.html", "2023-06-01", "third-party", ALL, "Industry blog describing 2023 mainland commercial rental prices.")],
          },
        ],
      },
    },
    {
      path: "data/offers/overseas-sc.json",
      json: {
        family: "overseas-sc",
        offers: [
          {
            id: "nscc-sg-aspire2a", provider: "NSCC Singapore", name: "ASPIRE 2A+ (H100)", family: "overseas-sc",
            location: { label: "Singapore", country: "SG", jurisdiction: "SG" },
            accelerator: { model: "nvidia-h100-sxm", perNode: 8, allocation: "node" },
            price: { currency: "SGD", perAcceleratorHour: 5.5, billingUnit: "node-hour" },
            storage: { pricePerTbMonth: 30 }, egress: { pricePerTb: 0 }, commitments: [], fees: [],
            minimumPurchase: { acceleratorHours: 0 }, applicationPath: "proposal-review", leadTimeDays: 60, queueWaitDays: 2,
            eligibility: { anyOf: ["university"], note: "Industry access through a Singapore partner only." }, certifications: ["mtcs-sg"], tenancy: "shared-hpc", tools: ["slurm", "containers", "jupyter"],
            supportLanguages: ["en"], maxAccelerators: 128, interconnect: { multiNode: true, fabric: "InfiniBand NDR 400 Gb/s", gbps: 400 }, subsidySchemes: [],
            sources: [src("https://www.nscc.sg/", "2025-03-01", "estimate", ALL.concat(["certifications"]), "Industry rate estimated from published academic rates plus a typical commercial premium.")],
          },
        ],
      },
    },
    {
      path: "data/offers/hk-sc.json",
      json: {
        family: "hk-sc",
        offers: [
          {
            id: "cyberport-aisc", provider: "Cyberport AISC", name: "AI Supercomputing Centre (H800)", family: "hk-sc",
            location: { label: "Hong Kong (Cyberport)", country: "HK", jurisdiction: "HK" },
            accelerator: { model: "nvidia-h800-sxm", perNode: 8, allocation: "node" },
            price: { currency: "HKD", perAcceleratorHour: 48, billingUnit: "node-hour" },
            storage: { pricePerTbMonth: 200 }, egress: { pricePerTb: 0 }, commitments: [{ name: "3-month allocation", minMonths: 3, discountPct: 10 }], fees: [],
            minimumPurchase: { acceleratorHours: 5760, note: "One node for one month." }, applicationPath: "proposal-review", leadTimeDays: 90, queueWaitDays: 0,
            eligibility: { anyOf: ["hk-company", "university"] }, certifications: ["iso27001"], tenancy: "dedicated-cluster", tools: ["slurm", "containers", "kubernetes", "jupyter"],
            supportLanguages: ["en", "zh-HK", "zh-CN"], maxAccelerators: 256, interconnect: { multiNode: true, fabric: "InfiniBand NDR 400 Gb/s", gbps: 400 }, subsidySchemes: ["aiss"],
            notes: "List price not published; estimate.",
            sources: [
              src("https://www.cyberport.hk/", "2025-12-24", "estimate", ALL.concat(["commitments", "certifications"]), "List price not published; estimated from reports that fees reference other regions."),
              src("https://www.smelink.gov.hk/", "2024-10-07", "government", ["subsidySchemes"]),
            ],
          },
        ],
      },
    },
  ],
});
