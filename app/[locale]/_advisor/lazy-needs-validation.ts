import type { Resolver } from "react-hook-form";
import type { NeedsPresetId } from "@/lib/needs/needs-preset-ids";
import type { Needs } from "@/lib/needs/needs-schema";
import { hongKongDate } from "@/lib/domain/hong-kong-date";
import type { UiLocale } from "@/lib/validation/localise-issues";
import type { NeedsFormValues } from "./needs-form-values";
import type { NeedsParse } from "./needs-resolver";

/*
 * The needs schema (zod), its localised messages and the presets (which go through the
 * schema for their defaults) weigh about 38 KiB gzip, yet nothing needs them until the user
 * edits the form: the first render uses needs the server has already parsed. So they come in a chunk of their own, requested when the user
 * first focuses or touches the form (`loadNeedsValidation`) and awaited by the first validation if the user is quicker.
 * The schema and the messages are the same ones the server and the API use.
 */

type NeedsValidation = {
  resolver: typeof import("./needs-resolver");
  presets: typeof import("@/lib/needs/needs-presets");
};

let loading: Promise<NeedsValidation> | null = null;

/** Starts (once) and returns the load of the validation chunk; a failed load is retried by the next call. */
export function loadNeedsValidation(): Promise<NeedsValidation> {
  loading ??= Promise.all([import("./needs-resolver"), import("@/lib/needs/needs-presets")]).then(
    ([resolver, presets]) => ({ resolver, presets }),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Today in Hong Kong, read when a check runs (a form left open overnight moves with it). */
const today = () => hongKongDate(new Date());

/** `parseNeedsForm` (needs-resolver.ts) once the chunk is in; a start date before today is an error. */
export async function parseNeedsFormLazily(values: NeedsFormValues, locale: UiLocale): Promise<NeedsParse> {
  return (await loadNeedsValidation()).resolver.parseNeedsForm(values, locale, today());
}

/** `needsResolver(locale, today)` as an async resolver (react-hook-form awaits it). */
export function lazyNeedsResolver(locale: UiLocale): Resolver<NeedsFormValues, unknown, Needs> {
  return async (values, context, options) => (await loadNeedsValidation()).resolver.needsResolver(locale, today())(values, context, options);
}

/** A preset with the schema's defaults filled in. */
export async function loadNeedsPreset(id: NeedsPresetId): Promise<Needs> {
  return (await loadNeedsValidation()).presets.needsPreset(id);
}
