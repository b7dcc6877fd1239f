import { z } from "zod";
import { TOOLS } from "@/lib/catalogue/catalogue-vocabulary";
import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import { DEFAULT_LAMBDA } from "@/lib/domain/demand/analyse-demand";
import { defaultCentreScenario } from "@/lib/domain/demand/centre-scenario";
import { SUBSIDY_ELIGIBILITIES } from "@/lib/domain/demand/subsidy-eligibility";
import { STUDY_FIRMS } from "@/lib/domain/demand/population-mix";
import { CENTRE_CONSTANT_RANGE, LAMBDA_RANGE, MAX_PAGE_FIRMS, MAX_SEED } from "./demand-limits";
import { DEMAND_POPULATION_SOURCES, DEMAND_STATE_VERSION, type DemandPageState } from "./encode-demand-state";

export { DEMAND_STATE_VERSION, encodeDemandState, type DemandPageState } from "./encode-demand-state";

/**
 * The demand page's state in readable query parameters, versioned like the advisor's link:
 *   ?v=1&firms=216&seed=1&price=40&subsidy=0.7&elig=as-listed&lead=75&tools=slurm,jupyter
 *       &cap=1500&util=0.8&lambda=0.1&asc=            (asc empty = the cloud constant)
 *       &pop=consultations                            (absent = the synthetic population)
 * An imported population is not kept in the link (only the settings are). Anything unreadable
 * falls back to the defaults with a notice; old versions migrate forward.
 */

const num = z.coerce.number();
const stateSchema = z
  .object({
    pop: z.enum(DEMAND_POPULATION_SOURCES),
    firms: num.pipe(z.number().int().min(1).max(MAX_PAGE_FIRMS)),
    seed: num.pipe(z.number().int().min(0).max(MAX_SEED)),
    price: num.pipe(z.number().min(0).max(10_000)),
    subsidy: num.pipe(z.number().min(0).max(1)),
    elig: z.enum(SUBSIDY_ELIGIBILITIES),
    lead: num.pipe(z.number().min(0).max(3650)),
    tools: z.string().transform((s, ctx) => {
      const list = s === "" ? [] : s.split(",");
      const bad = list.filter((t) => !(TOOLS as readonly string[]).includes(t));
      if (bad.length > 0) ctx.addIssue({ code: "custom", message: `unknown tools ${bad.join(",")}` });
      return list as (typeof TOOLS)[number][];
    }),
    cap: num.pipe(z.number().int().min(0).max(1_000_000)),
    util: num.pipe(z.number().gt(0).max(1)),
    lambda: num.pipe(z.number().min(LAMBDA_RANGE.min).max(LAMBDA_RANGE.max)),
    asc: z.string().transform((s, ctx) => {
      if (s === "") return null;
      const n = Number(s);
      if (!Number.isFinite(n) || n < CENTRE_CONSTANT_RANGE.min || n > CENTRE_CONSTANT_RANGE.max)
        ctx.addIssue({ code: "custom", message: "bad constant" });
      return n;
    }),
  })
  .partial();

export function defaultDemandState(cat: Catalogue): DemandPageState {
  return { source: "synthetic", firms: STUDY_FIRMS, seed: 1, centre: defaultCentreScenario(cat), lambda: DEFAULT_LAMBDA, centreConstant: null };
}

/** Migrations: MIGRATIONS[n] turns version-n parameters into version n+1. */
const MIGRATIONS: Record<number, (q: Record<string, string>) => Record<string, string>> = {};

export type DemandStateDecode = { state: DemandPageState; problem: null | "unknown-version" | "invalid" };

export function decodeDemandState(query: Record<string, string | undefined>, cat: Catalogue): DemandStateDecode {
  const d = defaultDemandState(cat);
  const keys = ["pop", "firms", "seed", "price", "subsidy", "elig", "lead", "tools", "cap", "util", "lambda", "asc"];
  let q: Record<string, string> = {};
  for (const k of keys) if (query[k] !== undefined) q[k] = query[k];
  if (Object.keys(q).length === 0) return { state: d, problem: null };
  const version = query.v === undefined ? 1 : Number(query.v);
  if (!Number.isInteger(version) || version < 1 || version > DEMAND_STATE_VERSION) return { state: d, problem: "unknown-version" };
  for (let v = version; v < DEMAND_STATE_VERSION; v++) q = MIGRATIONS[v]?.(q) ?? q;
  const parsed = stateSchema.safeParse(q);
  if (!parsed.success) return { state: d, problem: "invalid" };
  const p = parsed.data;
  return {
    state: {
      source: p.pop ?? d.source,
      firms: p.firms ?? d.firms,
      seed: p.seed ?? d.seed,
      centre: {
        priceHkdPerCardHour: p.price ?? d.centre.priceHkdPerCardHour,
        subsidyShare: p.subsidy ?? d.centre.subsidyShare,
        subsidyEligibility: p.elig ?? d.centre.subsidyEligibility,
        leadTimeDays: p.lead ?? d.centre.leadTimeDays,
        tools: p.tools ?? d.centre.tools,
        capacityAccelerators: p.cap ?? d.centre.capacityAccelerators,
        targetUtilisation: p.util ?? d.centre.targetUtilisation,
      },
      lambda: p.lambda ?? d.lambda,
      centreConstant: p.asc === undefined ? d.centreConstant : p.asc,
    },
    problem: null,
  };
}
