import "server-only";
import { redirect } from "next/navigation";
import { repository } from "@/lib/persistence/open-repository";
import type { Repository } from "@/lib/persistence/repository";
import { authRequired } from "./auth-config";
import { getSession } from "./session";

export type PageAccess = { repo: Repository; authRequired: boolean; email: string | null };

/**
 * For consultation pages: with sign-in required and no live advisor session, sends the
 * visitor to the sign-in page (which brings them back to `nextPath`).
 */
export async function requireAdvisorPage(locale: string, nextPath: string): Promise<PageAccess> {
  const repo = await repository();
  const required = authRequired();
  const session = await getSession();
  const advisor = session.advisorId ? await repo.findAdvisorById(session.advisorId) : null;
  if (required && !advisor) redirect(`/${locale}/login?next=${encodeURIComponent(nextPath)}`);
  return { repo, authRequired: required, email: advisor?.email ?? null };
}
