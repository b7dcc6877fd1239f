import { z } from "zod";
import {
  scenarioInputSchema,
  scenarioNameSchema,
  scenarioSourceSchema,
  type ScenarioInput,
  type ScenarioSource,
} from "@/lib/consultations/scenario-input";
import { parseScenarioSnapshot, type ScenarioSnapshot } from "@/lib/consultations/scenario-snapshot";
import { CLIENT_MAX, NOTES_MAX } from "./consultation-limits";
import { storableText } from "./storable-text";

/** The records the repository hands out. Every database row passes through these schemas once. */

const consultationFieldShapes = {
  client: storableText(z.string().trim().min(1).max(CLIENT_MAX)),
  organisation: storableText(z.string().trim().max(CLIENT_MAX)).nullable(),
  advisor: storableText(z.string().trim().max(CLIENT_MAX)).nullable(),
  notes: storableText(z.string().max(NOTES_MAX)).nullable(),
};

/** A new consultation: the client's name is required, the rest default to null. */
export const consultationFieldsSchema = z
  .object({
    client: consultationFieldShapes.client,
    organisation: consultationFieldShapes.organisation.default(null),
    advisor: consultationFieldShapes.advisor.default(null),
    notes: consultationFieldShapes.notes.default(null),
  })
  .strict();
export type ConsultationFields = z.input<typeof consultationFieldsSchema>;

/** A change to a consultation: only the fields given (no defaults, so nothing else is cleared). */
export const consultationPatchSchema = z.object(consultationFieldShapes).partial().strict();
export type ConsultationPatch = z.output<typeof consultationPatchSchema>;

const isoInstant = z.iso.datetime();
const isoDay = z.iso.date();

export const consultationRowSchema = z.object({
  id: z.string(),
  client: z.string(),
  organisation: z.string().nullable(),
  advisor: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});
export type Consultation = z.output<typeof consultationRowSchema>;
export type ConsultationSummary = Consultation & { scenarioCount: number };

export type Scenario = {
  id: string;
  consultationId: string;
  name: string;
  source: ScenarioSource;
  position: number;
  input: ScenarioInput;
  snapshot: ScenarioSnapshot;
  catalogueVersion: string;
  /** Hong Kong date the result was computed for (the engine's `asOf`). */
  computedOn: string;
  createdAt: string;
  updatedAt: string;
};

/** What a caller hands the repository to store a scenario; validated inside the write transaction. */
export type NewScenario = {
  name: string;
  source: ScenarioSource;
  input: ScenarioInput;
  snapshot: ScenarioSnapshot;
  catalogueVersion: string;
  computedOn: string;
};

export const newScenarioSchema = z.object({
  name: scenarioNameSchema,
  source: scenarioSourceSchema,
  input: scenarioInputSchema,
  snapshot: z.unknown().transform((s, ctx) => {
    try {
      return parseScenarioSnapshot(s);
    } catch {
      ctx.addIssue({ code: "custom", message: "invalid snapshot" });
      return z.NEVER;
    }
  }),
  catalogueVersion: z.string().min(1),
  computedOn: isoDay,
});

const scenarioRowSchema = z.object({
  id: z.string(),
  consultationId: z.string(),
  name: z.string(),
  source: scenarioSourceSchema,
  position: z.number().int(),
  inputJson: z.string(),
  resultJson: z.string(),
  catalogueVersion: z.string(),
  computedOn: isoDay,
  createdAt: isoInstant,
  updatedAt: isoInstant,
});

/** A scenarios row → Scenario: JSON columns parsed and validated. Throws on a corrupt row (a bug, not user input). */
export function scenarioFromRow(row: unknown): Scenario {
  const r = scenarioRowSchema.parse(row);
  return {
    id: r.id,
    consultationId: r.consultationId,
    name: r.name,
    source: r.source,
    position: r.position,
    input: scenarioInputSchema.parse(JSON.parse(r.inputJson)),
    snapshot: parseScenarioSnapshot(JSON.parse(r.resultJson)),
    catalogueVersion: r.catalogueVersion,
    computedOn: r.computedOn,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export type Advisor = { id: string; email: string; passwordHash: string; createdAt: string };

export type IntakeLink = {
  id: string;
  consultationId: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
};

export const intakeLinkRowSchema = z.object({
  id: z.string(),
  consultationId: z.string(),
  createdAt: isoInstant,
  expiresAt: isoInstant,
  revokedAt: isoInstant.nullable(),
  lastUsedAt: isoInstant.nullable(),
});

export const advisorRowSchema = z.object({ id: z.string(), email: z.string(), passwordHash: z.string(), createdAt: isoInstant });
