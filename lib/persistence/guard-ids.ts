import { isId } from "./new-id";
import type { Repository } from "./repository";

type GuardedMethod =
  | "getConsultation"
  | "updateConsultation"
  | "deleteConsultation"
  | "restoreConsultation"
  | "addScenarios"
  | "listScenarios"
  | "getScenario"
  | "updateScenario"
  | "replaceScenarioResult"
  | "deleteScenario"
  | "createIntakeLink"
  | "listIntakeLinks"
  | "revokeIntakeLink"
  | "submitIntake"
  | "getDemandScenario"
  | "updateDemandScenario"
  | "deleteDemandScenario"
  | "findAdvisorById";

/**
 * The repository with its id arguments checked before any query, for both adapters: a string
 * that is not an id (lib/persistence/new-id.ts) answers as an unknown id does (`null`, `false`
 * or `[]`) and never reaches the database, so the adapters only ever see well-formed ids.
 */
export function guardIds<R extends Repository>(repo: R): R {
  const guarded: Pick<Repository, GuardedMethod> = {
    getConsultation: async (id) => (isId(id) ? repo.getConsultation(id) : null),
    updateConsultation: async (id, patch) => (isId(id) ? repo.updateConsultation(id, patch) : null),
    deleteConsultation: async (id) => isId(id) && repo.deleteConsultation(id),
    restoreConsultation: async (id) => (isId(id) ? repo.restoreConsultation(id) : null),
    addScenarios: async (consultationId, items) => (isId(consultationId) ? repo.addScenarios(consultationId, items) : null),
    listScenarios: async (consultationId) => (isId(consultationId) ? repo.listScenarios(consultationId) : []),
    getScenario: async (consultationId, scenarioId) =>
      isId(consultationId) && isId(scenarioId) ? repo.getScenario(consultationId, scenarioId) : null,
    updateScenario: async (consultationId, scenarioId, patch) =>
      isId(consultationId) && isId(scenarioId) ? repo.updateScenario(consultationId, scenarioId, patch) : null,
    replaceScenarioResult: async (consultationId, scenarioId, next) =>
      isId(consultationId) && isId(scenarioId) ? repo.replaceScenarioResult(consultationId, scenarioId, next) : null,
    deleteScenario: async (consultationId, scenarioId) =>
      isId(consultationId) && isId(scenarioId) && repo.deleteScenario(consultationId, scenarioId),
    createIntakeLink: async (consultationId, tokenHash, expiresAt) =>
      isId(consultationId) ? repo.createIntakeLink(consultationId, tokenHash, expiresAt) : null,
    listIntakeLinks: async (consultationId) => (isId(consultationId) ? repo.listIntakeLinks(consultationId) : []),
    revokeIntakeLink: async (consultationId, linkId) =>
      isId(consultationId) && isId(linkId) && repo.revokeIntakeLink(consultationId, linkId),
    submitIntake: async (linkId, scenario) => (isId(linkId) ? repo.submitIntake(linkId, scenario) : null),
    getDemandScenario: async (id) => (isId(id) ? repo.getDemandScenario(id) : null),
    updateDemandScenario: async (id, patch) => (isId(id) ? repo.updateDemandScenario(id, patch) : null),
    deleteDemandScenario: async (id) => isId(id) && repo.deleteDemandScenario(id),
    findAdvisorById: async (id) => (isId(id) ? repo.findAdvisorById(id) : null),
  };
  return { ...repo, ...guarded };
}
