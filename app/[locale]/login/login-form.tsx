"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { apiCall, setCsrfToken } from "../consultations/_components/api-client";
import styles from "../consultations/_components/consultations.module.css";
import { Field } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";

/** Sign-in form: posts to /api/auth/login, then goes to `next` (a same-site path checked on the server). */
export function LoginForm({ locale, next }: { locale: string; next: string }) {
  const t = useTranslations("consultations");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    const res = await apiCall<{ csrfToken: string }>("/api/auth/login", locale, {
      method: "POST",
      body: { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") },
    });
    setBusy(false);
    if (!res.ok) {
      setError(res.error.message);
      return;
    }
    setCsrfToken(res.data.csrfToken);
    window.location.assign(next);
  };

  return (
    <form method="post" className="card stack" style={{ maxWidth: 420 }} onSubmit={onSubmit} noValidate>
      <Field id="login-email" label={t("auth.email")}>
        <input
          id="login-email"
          name="email"
          type="email"
          className="input"
          autoComplete="username"
          required
          aria-describedby={error ? "login-error" : undefined}
        />
      </Field>
      <Field id="login-password" label={t("auth.password")}>
        <input id="login-password" name="password" type="password" className="input" autoComplete="current-password" required />
      </Field>
      {error ? (
        <p id="login-error" role="alert" className={styles.formError}>
          {t("auth.failed")} {error}
        </p>
      ) : null}
      <SubmitButton className="btn" disabled={busy}>
        {busy ? t("auth.submitting") : t("auth.submit")}
      </SubmitButton>
      <p className="small muted">{t("auth.howToAdd")}</p>
    </form>
  );
}
