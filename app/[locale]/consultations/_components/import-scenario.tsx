"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { apiCall, type ApiFailure } from "./api-client";
import { IssueList } from "./issue-list";
import { FilePicker } from "@/app/_components/file-picker";

/** Re-imports a scenario exported as JSON; the server validates the whole file. */
export function ImportScenario({ consultationId, locale }: { consultationId: string; locale: string }) {
  const t = useTranslations("consultations");
  const router = useRouter();
  const [error, setError] = useState<ApiFailure | null>(null);
  const [done, setDone] = useState("");
  const onFile = async (file: File) => {
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
    <FilePicker
      id="import-scenario"
      label={t("consultation.importLabel")}
      button={t("consultation.importButton")}
      accept="application/json,.json"
      onFile={(file) => void onFile(file)}
    >
      <IssueList error={error} lead={t("consultation.importFailed")} />
      <p role="status" className="small muted">
        {done}
      </p>
    </FilePicker>
  );
}
