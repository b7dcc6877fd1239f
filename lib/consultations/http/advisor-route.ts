import "server-only";
import type { NextResponse } from "next/server";
import type { z } from "zod";
import { guardAdvisorRoute } from "@/lib/auth/route-guard";
import type { Locale } from "@/lib/i18n/locales";
import type { Scenario } from "@/lib/persistence/records";
import type { Repository } from "@/lib/persistence/repository";
import { apiError, invalidRequest, localeOf, readJson } from "./route-kit";

/** A body check: the parsed value, or the zod issues that reject it (answered with a localised 400). */
export type BodyParser<B> = (body: unknown) => { ok: true; value: B } | { ok: false; issues: readonly z.core.$ZodIssue[] };

/** `schema.safeParse` as a BodyParser (the input is echoed in issues so messages can name it). */
export function zodBody<S extends z.ZodType>(schema: S): BodyParser<z.output<S>> {
  return (body) => {
    const parsed = schema.safeParse(body, { reportInput: true });
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: parsed.error.issues };
  };
}

export type AdvisorRequest<P, B> = {
  request: Request;
  params: P;
  locale: Locale;
  repo: Repository;
  advisorId: string | null;
  body: B;
  /** The localised 404 every consultations route answers for a missing (or deleted) record. */
  notFound: () => NextResponse;
};

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };
type Handler<K extends string, B> = (ctx: AdvisorRequest<Record<K, string>, B>) => Promise<Response>;
type Options<K extends string> = { mutating: boolean; params?: readonly K[] };

/**
 * The one shape of every /api/consultations route: await the named path params, take the
 * caller's locale, pass the advisor guard (401 without a session when sign-in is required,
 * 403 when a mutating request fails CSRF), then run the handler.
 */
export function advisorRoute<const K extends string = never>(opts: Options<K>, handler: Handler<K, undefined>) {
  return route(opts, undefined, handler);
}

/**
 * A mutating route with a JSON body: as advisorRoute, then the body is read (413 / 400
 * localised) and checked by `parse` (a localised 400 naming each field) before the handler
 * sees it.
 */
export function advisorBodyRoute<const K extends string, B>(opts: { params?: readonly K[] }, parse: BodyParser<B>, handler: Handler<K, B>) {
  return route({ ...opts, mutating: true }, parse, handler);
}

function route<K extends string, B>(
  opts: Options<K>,
  parse: BodyParser<B> | undefined,
  handler: Handler<K, B>,
): (request: Request, context: RouteContext) => Promise<Response> {
  return async (request, context) => {
    const all = await context.params;
    const params = {} as Record<K, string>;
    for (const k of opts.params ?? []) params[k] = String(all[k] ?? "");
    const locale = localeOf(request);
    const guard = await guardAdvisorRoute(request, { mutating: opts.mutating });
    if (!guard.ok) return guard.response;
    let body = undefined as B;
    if (parse) {
      const raw = await readJson(request, locale);
      if (!raw.ok) return raw.response;
      const parsed = parse(raw.body);
      if (!parsed.ok) return invalidRequest(parsed.issues, locale);
      body = parsed.value;
    }
    return handler({
      request,
      params,
      locale,
      repo: guard.repo,
      advisorId: guard.advisorId,
      body,
      notFound: () => apiError(404, "not-found", locale),
    });
  };
}

/** A route under /scenarios/{scenarioId}: as advisorRoute, with the scenario loaded (404 when it is missing or its consultation is deleted). */
export function scenarioRoute(
  opts: { mutating: boolean },
  handler: (ctx: AdvisorRequest<Record<"id" | "scenarioId", string>, undefined> & { scenario: Scenario }) => Promise<Response>,
) {
  return advisorRoute({ ...opts, params: ["id", "scenarioId"] }, async (ctx) => {
    const scenario = await ctx.repo.getScenario(ctx.params.id, ctx.params.scenarioId);
    return scenario ? handler({ ...ctx, scenario }) : ctx.notFound();
  });
}
