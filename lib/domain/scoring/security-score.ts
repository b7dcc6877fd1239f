import type { Certification, Offer, Tenancy } from "@/lib/catalogue/offer-schema";
import type { DataSensitivity, MainlandDataOrigin } from "@/lib/needs/needs-schema";
import { round2, type FactorScore } from "./factor-score";
import { jurisdictionFit } from "./jurisdiction-policy";
import { reason, type Reason } from "../reason";

/** Points per certification, summed and capped at 100. ISO 27001 is the baseline an auditor asks for. */
export const CERTIFICATION_POINTS: Record<Certification, number> = {
  iso27001: 35,
  soc2: 20,
  iso27017: 10,
  iso27018: 10,
  iso27701: 10,
  "csa-star": 5,
  "pci-dss": 5,
  "mlps-level3": 15,
  "mtcs-sg": 10,
  "ismap-jp": 10,
  "c5-de": 10,
  fedramp: 10,
};

/** Isolation from other tenants, 0–100. */
export const TENANCY_POINTS: Record<Tenancy, number> = {
  "shared-vm": 60,
  "shared-hpc": 50,
  "dedicated-host": 85,
  "bare-metal": 90,
  "dedicated-cluster": 100,
};

export const SECURITY_WEIGHTS = { jurisdiction: 0.5, certifications: 0.3, tenancy: 0.2 } as const;

/** security = 0.5 × jurisdiction fit + 0.3 × certifications + 0.2 × tenancy (each 0–100). */
export function securityScore(
  offer: Offer,
  sensitivity: DataSensitivity,
  mainlandDataOrigin: MainlandDataOrigin | null = null,
): FactorScore {
  const j = jurisdictionFit(sensitivity, offer.location.jurisdiction, mainlandDataOrigin);
  const certs = Math.min(
    100,
    offer.certifications.reduce((s, c) => s + CERTIFICATION_POINTS[c], 0),
  );
  const ten = TENANCY_POINTS[offer.tenancy];
  const score = SECURITY_WEIGHTS.jurisdiction * j + SECURITY_WEIGHTS.certifications * certs + SECURITY_WEIGHTS.tenancy * ten;
  const reasons: Reason[] = [
    reason("security.jurisdiction", { jurisdiction: offer.location.jurisdiction, sensitivity, fit: j }),
    offer.certifications.length > 0
      ? reason("security.certifications", { list: offer.certifications, points: certs })
      : reason("security.no-certifications", {}),
    reason("security.tenancy", { tenancy: offer.tenancy, points: ten }),
  ];
  return {
    score: round2(score),
    formula: { key: "security", params: { ...SECURITY_WEIGHTS } },
    inputs: {
      jurisdiction: offer.location.jurisdiction,
      jurisdictionFit: j,
      certificationPoints: certs,
      tenancy: offer.tenancy,
      tenancyPoints: ten,
    },
    reasons,
  };
}
