import "server-only";
import { authRequired } from "@/lib/auth/auth-config";
import { getSession } from "@/lib/auth/session";
import { repository } from "@/lib/persistence/open-repository";
import type { Repository } from "@/lib/persistence/repository";

/**
 * Whether the demand page offers the advisor features (saved scenarios, the consultations as
 * firms): the same rule as the consultation routes' guard — a live advisor session when
 * sign-in is required, anyone on the single-user default. The page itself stays public, so an
 * unreadable store only hides those features (logged), it never fails the page.
 */
export async function demandAdvisorAccess(): Promise<{ repo: Repository } | null> {
  try {
    const repo = await repository();
    if (!authRequired()) return { repo };
    const session = await getSession();
    const advisor = session.advisorId ? await repo.findAdvisorById(session.advisorId) : null;
    return advisor ? { repo } : null;
  } catch (error) {
    console.error("[demand] the store could not be read; saved scenarios are hidden", error);
    return null;
  }
}
