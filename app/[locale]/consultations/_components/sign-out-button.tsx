"use client";

import { apiCall } from "./api-client";

export function SignOutButton({ locale, label }: { locale: string; label: string }) {
  const onClick = async () => {
    await apiCall("/api/auth/logout", locale, { method: "POST" });
    window.location.assign(`/${locale}/login`);
  };
  return (
    <button type="button" className="btn btn--ghost btn--small" onClick={() => void onClick()}>
      {label}
    </button>
  );
}
