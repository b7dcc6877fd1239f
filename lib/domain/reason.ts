/**
 * A reason is data, not prose: a code plus the figures behind it. lib/explain/reason-text.ts
 * renders it in en / zh-HK / zh-CN, so the engine stays language-free and every number the
 * user reads is the one the engine used. Parameters keep their types: a list stays a list
 * (the renderer joins it with the UI language's list format).
 */
export type ReasonParam = string | number | boolean | readonly string[];
export type ReasonParams = Record<string, ReasonParam>;
export type Reason = { code: string; params: ReasonParams };

export function reason(code: string, params: ReasonParams = {}): Reason {
  return { code, params };
}
