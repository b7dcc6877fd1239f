"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { ShareState } from "@/lib/url-state/encode-share-state";
import { apiCall, type ApiFailure } from "./api-client";
import { rememberConsultation, rememberedConsultation } from "./current-consultation";
import { IssueList } from "./issue-list";
import styles from "./consultations.module.css";
import { Field } from "@/app/_components/field";

type Summary = { id: string; client: string; organisation: string | null; scenarioCount: number };
type Load = { kind: "loading" } | { kind: "signin" } | { kind: "ready"; list: Summary[] } | { kind: "failed"; error: ApiFailure };

const NEW = "__new__";

/** Picks (or creates) a consultation and saves the advisor's current state into it as a scenario. */
export function SaveScenarioDialog({ state, locale, onClose }: { state: ShareState; locale: string; onClose: () => void }) {
  const t = useTranslations("saveScenario");
  const dialog = useRef<HTMLDialogElement>(null);
  const [load, setLoad] = useState<Load>({ kind: "loading" });
  const [target, setTarget] = useState<string>(NEW);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(null);
  const [saved, setSaved] = useState<{ id: string; name: string } | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
    void apiCall<{ consultations: Summary[] }>("/api/consultations", locale).then((res) => {
      if (!res.ok) return setLoad(res.error.status === 401 ? { kind: "signin" } : { kind: "failed", error: res.error });
      const list = res.data.consultations;
      const remembered = rememberedConsultation();
      setTarget(list.find((c) => c.id === remembered)?.id ?? list[0]?.id ?? NEW);
      setLoad({ kind: "ready", list });
    });
  }, [locale]);

  const chosen = load.kind === "ready" ? load.list.find((c) => c.id === target) : undefined;
  const defaultName = t("defaultName", { n: (chosen?.scenarioCount ?? 0) + 1 });

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setBusy(true);
    let id = target;
    if (target === NEW) {
      const created = await apiCall<{ id: string }>("/api/consultations", locale, {
        method: "POST",
        body: { client: String(f.get("client") ?? "") },
      });
      if (!created.ok) {
        setBusy(false);
        return setError(created.error);
      }
      id = created.data.id;
    }
    const name = String(f.get("name") ?? "").trim() || defaultName;
    const res = await apiCall<{ id: string }>(`/api/consultations/${id}/scenarios`, locale, {
      method: "POST",
      body: { name, needs: state.needs, weights: state.weights, method: state.method, currency: state.currency, table: state.table },
    });
    setBusy(false);
    if (!res.ok) return setError(res.error);
    rememberConsultation(id);
    setError(null);
    setSaved({ id, name });
  };

  const signInHref = `/${locale}/login?next=${encodeURIComponent(typeof window === "undefined" ? `/${locale}` : window.location.pathname + window.location.search)}`;

  return (
    <dialog ref={dialog} className={styles.dialog} aria-labelledby="save-scenario-title" onClose={onClose}>
      <h2 id="save-scenario-title">{t("title")}</h2>
      <p className="small muted">{t("lead")}</p>
      {load.kind === "loading" ? <p role="status">{t("loading")}</p> : null}
      {load.kind === "signin" ? (
        <p>
          <a href={signInHref}>{t("signIn")}</a>
        </p>
      ) : null}
      {load.kind === "failed" ? <IssueList error={load.error} lead={t("title")} /> : null}
      {saved ? (
        <div className="stack" role="status">
          <p>{t("saved", { name: saved.name })}</p>
          <p>
            <a href={`/${locale}/consultations/${saved.id}`}>{t("open")}</a>
          </p>
        </div>
      ) : null}
      {load.kind === "ready" && !saved ? (
        <form className="stack" onSubmit={(e) => void onSubmit(e)} noValidate>
          <Field id="save-target" label={t("consultation")}>
            <select id="save-target" className="select" value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
              {load.list.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.organisation ? `${c.client} (${c.organisation})` : c.client}
                </option>
              ))}
              <option value={NEW}>{t("newConsultation")}</option>
            </select>
          </Field>
          {target === NEW ? (
            <Field id="save-client" label={t("client")}>
              <input id="save-client" name="client" className="input" maxLength={200} required />
            </Field>
          ) : null}
          <Field id="save-name" label={t("name")}>
            <input id="save-name" name="name" className="input" maxLength={120} placeholder={defaultName} />
          </Field>
          <IssueList error={error} lead={t("title")} />
          <div className={styles.actions}>
            <button type="submit" className="btn" disabled={busy}>
              {busy ? t("saving") : t("submit")}
            </button>
            <button type="button" className="btn btn--secondary" onClick={() => dialog.current?.close()}>
              {t("cancel")}
            </button>
          </div>
        </form>
      ) : (
        <div className={styles.actions}>
          <button type="button" className="btn btn--secondary" onClick={() => dialog.current?.close()}>
            {t("cancel")}
          </button>
        </div>
      )}
    </dialog>
  );
}
