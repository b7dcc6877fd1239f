import "server-only";
import type { IntakeLink } from "@/lib/persistence/records";
import type { Repository } from "@/lib/persistence/repository";
import { hashIntakeToken, INTAKE_TOKEN_PATTERN, intakeLinkState, type IntakeLinkState } from "./intake-token";

export type ResolvedIntake = { ok: true; link: IntakeLink } | { ok: false; state: IntakeLinkState | "unknown" };

/** The link a token opens, if it is active; otherwise why not (unknown, expired, revoked). */
export async function resolveIntakeLink(repo: Repository, token: string, now: Date): Promise<ResolvedIntake> {
  if (!INTAKE_TOKEN_PATTERN.test(token)) return { ok: false, state: "unknown" };
  const link = await repo.findIntakeLink(hashIntakeToken(token));
  if (!link) return { ok: false, state: "unknown" };
  const state = intakeLinkState(link, now);
  return state === "active" ? { ok: true, link } : { ok: false, state };
}
