import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { parseWithNeeds } from "@/lib/api/recommend-request";
import { createConsultationSchema, createScenarioSchema, patchConsultationSchema } from "@/lib/consultations/consultation-requests";
import { localiseRequestIssues } from "@/lib/consultations/http/route-kit";

describe("400 answers name every field in the caller's language", () => {
  it("consultation fields use this feature's labels", () => {
    const r = createConsultationSchema.safeParse({ client: "", notes: "a\u0000b" }, { reportInput: true });
    expect(r.success).toBe(false);
    const hk = localiseRequestIssues(r.error!.issues, "zh-HK");
    expect(hk.map((i) => i.message)).toEqual(["客戶名稱：不可留空", "備註：不可包含 NUL 字元"]);
    const cn = localiseRequestIssues(r.error!.issues, "zh-CN");
    expect(cn.map((i) => i.field)).toEqual(["客户名称", "备注"]);
  });

  it("needs keep the advisor form's labels, and catalogue references are checked too", () => {
    const r = parseWithNeeds(
      createScenarioSchema,
      { name: "x", needs: { workload: "inference", gpuHoursPerMonth: 0, durationMonths: 3, subsidies: ["nope"] } },
      catalogue,
    );
    expect(r.ok).toBe(false);
    const en = localiseRequestIssues(r.ok ? [] : r.issues, "en");
    expect(en.map((i) => i.path)).toEqual(["needs.gpuHoursPerMonth", "needs.subsidies.0"]);
    expect(en[0]!.message).toMatch(/^GPU-hours per month: /);
  });

  it("an empty PATCH says what is missing", () => {
    const r = patchConsultationSchema.safeParse({});
    expect(localiseRequestIssues(r.error!.issues, "en")[0]!.message).toBe("Request: give at least one field to change");
  });
});
