"use client";

import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import type { Locale } from "@/lib/i18n/locales";
import type { Needs } from "@/lib/needs/needs-schema";
import type { FieldLabels } from "@/lib/validation/field-labels";
import { CatalogueProvider } from "../../_advisor/catalogue-context";
import { NeedsForm } from "../../_advisor/needs-form";
import { apiCall, type ApiFailure } from "../../consultations/_components/api-client";
import { IssueList } from "../../consultations/_components/issue-list";

/**
 * The client's side of an intake link: the advisor's needs form (same schema, same
 * languages), and one button that sends the needs to POST /api/intake/{token}. Nothing else.
 */
export function IntakeForm({
  token,
  catalogue,
  fieldLabels,
  initialNeeds,
  locale,
}: {
  token: string;
  catalogue: Catalogue;
  fieldLabels: FieldLabels;
  initialNeeds: Needs;
  locale: Locale;
}) {
  const t = useTranslations("consultations.intake");
  const [needs, setNeeds] = useState<Needs>(initialNeeds);
  const [valid, setValid] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(null);
  const [done, setDone] = useState(false);
  const onValidChange = useCallback((n: Needs) => setNeeds(n), []);
  const onValidityChange = useCallback((v: boolean) => setValid(v), []);

  const submit = async () => {
    if (!valid) {
      setError({ status: 400, message: t("fixFields"), issues: [] });
      return;
    }
    setBusy(true);
    setDone(false);
    const res = await apiCall(`/api/intake/${token}`, locale, { method: "POST", body: { needs } });
    setBusy(false);
    setError(res.ok ? null : res.error);
    setDone(res.ok);
  };

  return (
    <CatalogueProvider catalogue={catalogue}>
      <div className="stack">
        <NeedsForm
          initialNeeds={initialNeeds}
          fieldLabels={fieldLabels}
          weightsAnchor="intake-submit"
          onValidChange={onValidChange}
          onValidityChange={onValidityChange}
        />
        <div id="intake-submit" className="card stack">
          <IssueList error={error} lead={t("failed")} />
          <p role="status">{done ? t("done") : ""}</p>
          <div>
            <button type="button" className="btn" onClick={() => void submit()} disabled={busy}>
              {busy ? t("submitting") : t("submit")}
            </button>
          </div>
        </div>
      </div>
    </CatalogueProvider>
  );
}
