import type { Consultation } from "@/lib/persistence/records";
import { Field } from "@/app/_components/field";
import { CLIENT_MAX, NOTES_MAX } from "@/lib/persistence/consultation-limits";
import styles from "./consultations.module.css";

const FIELDS = ["client", "organisation", "advisor", "notes"] as const;
type Labels = Record<(typeof FIELDS)[number], string>;

/** The fields' labels from the consultations messages (`fields.*`). */
export function fieldLabels(t: (key: `fields.${(typeof FIELDS)[number]}`) => string): Labels {
  return Object.fromEntries(FIELDS.map((k) => [k, t(`fields.${k}`)])) as Labels;
}

/**
 * The client, organisation, advisor and notes inputs of a consultation, empty for a new one or
 * filled from `consultation`; `idPrefix` keeps two forms on one page apart. The lengths are the
 * record's limits, checked again by the route.
 */
export function ConsultationFields({ idPrefix, labels, consultation }: { idPrefix: string; labels: Labels; consultation?: Consultation }) {
  const id = (name: keyof Labels) => `${idPrefix}-${name}`;
  return (
    <div className={styles.formGrid}>
      <Field id={id("client")} label={labels.client}>
        <input id={id("client")} name="client" className="input" defaultValue={consultation?.client} required maxLength={CLIENT_MAX} />
      </Field>
      {(["organisation", "advisor"] as const).map((name) => (
        <Field key={name} id={id(name)} label={labels[name]}>
          <input id={id(name)} name={name} className="input" defaultValue={consultation?.[name] ?? undefined} maxLength={CLIENT_MAX} />
        </Field>
      ))}
      <Field id={id("notes")} label={labels.notes} className={styles.wide}>
        <textarea
          id={id("notes")}
          name="notes"
          className="input"
          rows={3}
          defaultValue={consultation?.notes ?? undefined}
          maxLength={NOTES_MAX}
        />
      </Field>
    </div>
  );
}

/** The request body of ConsultationFields: the client as typed, the optional fields trimmed (empty → null). */
export function consultationBody(form: FormData) {
  const optional = (k: string) => {
    const v = String(form.get(k) ?? "").trim();
    return v === "" ? null : v;
  };
  return {
    client: String(form.get("client") ?? ""),
    organisation: optional("organisation"),
    advisor: optional("advisor"),
    notes: optional("notes"),
  };
}
