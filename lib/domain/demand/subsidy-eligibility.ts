/**
 * Who the what-if subsidy is open to (a plain list, importable by the page without the engine):
 *  - as-listed: the organisations the centre's own scheme lists (AISS: HK companies, universities);
 *  - government-funded: firms some of whose funding is from Hong Kong government schemes;
 *  - university: university groups only;
 *  - all: every firm.
 */
export const SUBSIDY_ELIGIBILITIES = ["as-listed", "government-funded", "university", "all"] as const;
export type SubsidyEligibility = (typeof SUBSIDY_ELIGIBILITIES)[number];
