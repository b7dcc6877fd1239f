"use client";

import { rememberConsultation } from "./current-consultation";

/** Opens the advisor; its "Save as scenario" then offers this consultation first. */
export function AddFromAdvisorLink({ consultationId, href, label }: { consultationId: string; href: string; label: string }) {
  return (
    <a className="btn" href={href} onClick={() => rememberConsultation(consultationId)}>
      {label}
    </a>
  );
}
