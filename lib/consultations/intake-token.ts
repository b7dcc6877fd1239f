import { createHash, randomBytes } from "node:crypto";
import type { IntakeLink } from "@/lib/persistence/records";

/** 32 random bytes = 256 bits, base64url: unguessable. Only its SHA-256 is stored. */
export function newIntakeToken(): string {
  return randomBytes(32).toString("base64url");
}

export const INTAKE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashIntakeToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type IntakeLinkState = "active" | "expired" | "revoked";

export function intakeLinkState(link: Pick<IntakeLink, "expiresAt" | "revokedAt">, now: Date): IntakeLinkState {
  if (link.revokedAt) return "revoked";
  return link.expiresAt > now.toISOString() ? "active" : "expired";
}
