/**
 * The survey this tool rests on, in one place: HKPC × HKU HIEBS, "Hong Kong AI Industry
 * Development Study" (published 10 Nov 2023). 216 Hong Kong AI firms; how they cover a
 * compute shortfall (multiple answers, so the shares add up to more than 100%); and their top
 * five factors in choosing a (super)computing provider, in order — the order FACTORS follows.
 * The method page and the demand model read these figures; docs/method.md §1 cites them.
 */
export const STUDY = {
  firms: 216,
  publishedOn: "2023-11-10",
  /** HKU Business School's copy of HKPC's press release of 10 Nov 2023 announcing the findings. */
  url: "https://hkubs.hku.hk/media/school-news/hkpc-announces-the-key-findings-on-the-hong-kong-ai-industry-development-study-49-of-ai-enterprises-expressing-difficulties-in-recruiting-technical-talent-hkpc-provides-nine-major",
  /** Share of firms using each route to compute (fractions). */
  usage: { cloud: 0.71, mainlandSupercomputing: 0.31, overseasSupercomputing: 0.26 },
} as const;
