import { getTranslations } from "next-intl/server";
import { SignOutButton } from "./sign-out-button";
import styles from "./consultations.module.css";

/** Who is signed in (with Sign out), or — on the single-user default — that access control is off. */
export async function AuthStatus({ authRequired, email, locale }: { authRequired: boolean; email: string | null; locale: string }) {
  const t = await getTranslations("consultations");
  if (!authRequired) {
    return (
      <div className={`callout split-row ${styles.authBar}`} role="note">
        <p>{t("auth.off")}</p>
      </div>
    );
  }
  return (
    <div className={`split-row ${styles.authBar}`}>
      <span className="small muted">{email ? t("auth.signedInAs", { email }) : null}</span>
      <SignOutButton locale={locale} label={t("auth.signOut")} />
    </div>
  );
}
