import type {
  Advisor,
  Consultation,
  ConsultationFields,
  ConsultationPatch,
  ConsultationSummary,
  IntakeLink,
  NewScenario,
  Scenario,
} from "./records";
import type { DemandScenario, DemandScenarioPatch, NewDemandScenario } from "./demand-scenario-records";
import type { Needs } from "@/lib/needs/needs-schema";

export const CONSULTATION_SORTS = ["updated-desc", "updated-asc", "client-asc", "created-desc"] as const;
export type ConsultationSort = (typeof CONSULTATION_SORTS)[number];

export type ListConsultationsQuery = {
  /** Case-insensitive substring of client, organisation, advisor or notes. */
  search?: string;
  sort?: ConsultationSort;
};

export type ScenarioPatch = { name?: string; position?: number };

/**
 * Everything the app stores, behind one interface. Two adapters implement it
 * (sqlite-repository.ts, postgres-repository.ts) and pass one contract suite
 * (tests/unit/persistence/repository-contract.ts). Every write runs in one transaction:
 * it either happens completely or not at all. Unknown ids answer `null` / `false`, never throw;
 * a string that is not an id (lib/persistence/new-id.ts) never reaches the database.
 */
export interface Repository {
  readonly dialect: "sqlite" | "postgres";

  createConsultation(fields: ConsultationFields): Promise<Consultation>;
  getConsultation(id: string): Promise<Consultation | null>;
  listConsultations(query?: ListConsultationsQuery): Promise<ConsultationSummary[]>;
  updateConsultation(id: string, patch: ConsultationPatch): Promise<Consultation | null>;
  /** Moves a consultation to the bin (undoable with `restoreConsultation`). */
  deleteConsultation(id: string): Promise<boolean>;
  restoreConsultation(id: string): Promise<Consultation | null>;
  /** Removes for good what has been in the bin since before `before` (ISO instant); returns how many. */
  purgeDeletedConsultations(before: string): Promise<number>;

  /** Adds scenarios at the end of the consultation, all or none; throws on invalid input (nothing is written). */
  addScenarios(consultationId: string, scenarios: readonly NewScenario[]): Promise<Scenario[] | null>;
  listScenarios(consultationId: string): Promise<Scenario[]>;
  getScenario(consultationId: string, scenarioId: string): Promise<Scenario | null>;
  updateScenario(consultationId: string, scenarioId: string, patch: ScenarioPatch): Promise<Scenario | null>;
  /** Replaces a scenario's frozen result (after "recompute with today's catalogue" was confirmed). */
  replaceScenarioResult(
    consultationId: string,
    scenarioId: string,
    next: Pick<NewScenario, "input" | "snapshot" | "catalogueVersion" | "computedOn">,
  ): Promise<Scenario | null>;
  deleteScenario(consultationId: string, scenarioId: string): Promise<boolean>;

  createIntakeLink(consultationId: string, tokenHash: string, expiresAt: string): Promise<IntakeLink | null>;
  listIntakeLinks(consultationId: string): Promise<IntakeLink[]>;
  /** The link with this token hash, whatever its state (the caller checks expiry and revocation). */
  findIntakeLink(tokenHash: string): Promise<IntakeLink | null>;
  revokeIntakeLink(consultationId: string, linkId: string): Promise<boolean>;
  /** Adds the client's scenario and marks the link used, in one transaction. */
  submitIntake(linkId: string, scenario: NewScenario): Promise<Scenario | null>;

  /** Saves the demand page's settings under a name; throws on invalid input (nothing is written). */
  createDemandScenario(fields: NewDemandScenario): Promise<DemandScenario>;
  /** Every saved demand scenario, last changed first (id as tie-break). */
  listDemandScenarios(): Promise<DemandScenario[]>;
  getDemandScenario(id: string): Promise<DemandScenario | null>;
  /** Renames and/or replaces the settings; throws on invalid input (nothing is written). */
  updateDemandScenario(id: string, patch: DemandScenarioPatch): Promise<DemandScenario | null>;
  deleteDemandScenario(id: string): Promise<boolean>;

  /**
   * The needs of each live consultation's current scenario (its most recently changed one), for
   * the demand page's consultations population. Reads only the scenarios' input column: client,
   * organisation, advisor, notes and scenario names never leave the store through it.
   */
  listCurrentScenarioNeeds(): Promise<Needs[]>;

  createAdvisor(email: string, passwordHash: string): Promise<Advisor>;
  findAdvisorByEmail(email: string): Promise<Advisor | null>;
  findAdvisorById(id: string): Promise<Advisor | null>;
  setAdvisorPassword(email: string, passwordHash: string): Promise<boolean>;
  listAdvisors(): Promise<Pick<Advisor, "id" | "email" | "createdAt">[]>;
  deleteAdvisor(email: string): Promise<boolean>;

  recordLoginFailure(key: string): Promise<void>;
  countLoginFailures(key: string, since: string): Promise<number>;
  clearLoginFailures(key: string): Promise<void>;

  close(): Promise<void>;
}

export type Clock = () => Date;
