"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type ChangeEvent } from "react";
import { apiCall, type ApiFailure } from "./api-client";
import { IssueList } from "./issue-list";
import { Field } from "@/app/_components/field";

/** Re-imports a scenario exported as JSON; the server validates the whole file. */
export function ImportScenario({ consultationId, locale }: { consultationId: string; locale: string }) {
  const t = useTranslations("consultations");
  const router = useRouter();
  const [error, setError] = useState<ApiFailure | null>(null);
  const [done, setDone] = useState("");
  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    e.currentTarget.value = "";
    if (!file) return;
    let body: unknown;
    try {
      body = JSON.parse(await file.text());
    } catch {
      setError({ status: 400, message: t("api.invalid-json"), issues: [] });
      return;
    }
    const res = await apiCall<{ scenario: { name: string } }>(`/api/consultations/${consultationId}/scenarios/import`, locale, {
      method: "POST",
      body,
    });
    if (!res.ok) {
      setDone("");
      return setError(res.error);
    }
    setError(null);
    setDone(t("consultation.imported", { name: res.data.scenario.name }));
    router.refresh();
  };
  return (
    <Field id="import-scenario" label={t("consultation.importLabel")}>
      <input id="import-scenario" type="file" accept="application/json,.json" onChange={(e) => void onChange(e)} />
      <IssueList error={error} lead={t("consultation.importFailed")} />
      <p role="status" className="small muted">
        {done}
      </p>
    </Field>
  );
}
