"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { Controller, useForm, useWatch, type Control } from "react-hook-form";
import { INSTITUTIONS } from "@/lib/catalogue/catalogue-vocabulary";
import { useFormat } from "@/lib/i18n/use-format";
import type { Needs } from "@/lib/needs/needs-schema";
import { DATA_SENSITIVITIES, MAINLAND_DATA_ORIGINS, RESIDENCIES, WORKLOADS } from "@/lib/needs/needs-vocabulary";
import { NEEDS_PRESET_IDS, type NeedsPresetId } from "@/lib/needs/needs-preset-ids";
import type { FieldLabels } from "@/lib/validation/field-labels";
import { useCatalogue } from "./catalogue-context";
import { needsFields } from "./needs-fields";
import { CheckField, CheckGroup, CheckboxList, FormField, FormSection, NumberInput, SelectField } from "./form-field";
import { lazyNeedsResolver, loadNeedsPreset, loadNeedsValidation, parseNeedsFormLazily } from "./lazy-needs-validation";
import { needsToFormValues, type NeedsFormValues } from "./needs-form-values";
import { PreferencesSection } from "./preferences-section";
import { perMonthFromTotal } from "./total-hours";
import styles from "./advisor.module.css";

type Props = {
  initialNeeds: Needs;
  fieldLabels: FieldLabels;
  /** Id of the weights panel, for the "adjust weights" skip link. */
  weightsAnchor: string;
  /** Called with the parsed needs after every change that leaves the whole form valid. */
  onValidChange: (needs: Needs) => void;
  /** Called after every change with whether the whole form is valid. */
  onValidityChange: (valid: boolean) => void;
};

/**
 * The needs form. One resolver (needsSchema + localiseIssues) gives inline errors in the
 * user's language; every valid change goes straight to the results (mode "onChange"), and
 * while a field is invalid the results keep the last valid needs. The validation code loads
 * after the form mounts (lazy-needs-validation.ts), so checks resolve asynchronously.
 */
export function NeedsForm({ initialNeeds, fieldLabels, weightsAnchor, onValidChange, onValidityChange }: Props) {
  const t = useTranslations("advisor.form");
  const tp = useTranslations("advisor.presets");
  const uid = useId();
  // The unit moves into the input's suffix, so the visible label drops "(TB)" / "（TB）".
  const bare = (path: string) => label(path).replace(/\s*[（(][^）)]*[)）]\s*$/, "");
  const locale = useLocale();
  const format = useFormat();
  const { catalogue } = useCatalogue();
  const gpuModels = useMemo(
    () =>
      catalogue.accelerators
        .filter((a) => a.kind !== "cpu-node")
        .sort((a, b) => a.vendor.localeCompare(b.vendor) || a.name.localeCompare(b.name)),
    [catalogue],
  );
  const cpuModels = useMemo(() => catalogue.accelerators.filter((a) => a.kind === "cpu-node"), [catalogue]);

  // The validation chunk (zod) is requested when the user first reaches into the form (focus or
  // pointer), not on mount: evaluating it would block a phone's main thread while the page loads.
  const warmValidation = () => void loadNeedsValidation();
  const resolver = useMemo(() => lazyNeedsResolver(locale), [locale]);
  const form = useForm<NeedsFormValues, unknown, Needs>({
    resolver,
    mode: "onChange",
    defaultValues: needsToFormValues(initialNeeds),
  });
  const { register, control, formState, setValue, reset, getValues } = form;
  const errors = formState.errors;
  const fields = needsFields(uid, fieldLabels, errors, register);
  const { id, label, at, select } = fields;

  useEffect(() => {
    let latest = 0;
    let active = true;
    const sub = form.watch(() => {
      const run = ++latest;
      void parseNeedsFormLazily(getValues(), locale).then((parsed) => {
        // Parses finish in order, but only the newest change may report (and nothing after cleanup).
        if (!active || run !== latest) return;
        onValidityChange(parsed.ok);
        if (parsed.ok) onValidChange(parsed.needs);
      });
    });
    return () => {
      active = false;
      sub.unsubscribe();
    };
  }, [form, getValues, locale, onValidChange, onValidityChange]);

  const workload = useWatch({ control, name: "workload" });
  const sensitivity = useWatch({ control, name: "dataSensitivity" });
  const memberOf = useWatch({ control, name: "organisation.memberOf" }) ?? [];
  const tl = useTranslations("labels");
  const cpu = workload === "cpu-hpc";
  const measuredOnChoices = cpu ? cpuModels : gpuModels;

  // Hours measured on a GPU mean nothing for CPU work (and vice versa): follow the workload.
  useEffect(() => {
    const current = getValues("hoursMeasuredOn");
    if (!measuredOnChoices.some((a) => a.id === current)) {
      setValue("hoursMeasuredOn", cpu ? catalogue.referenceCpuModel : catalogue.referenceModel, { shouldValidate: true });
    }
  }, [cpu, measuredOnChoices, getValues, setValue, catalogue]);

  const [totalText, setTotalText] = useState("");
  // The total's own error: shown under the total (the field typed in); the per-month field is
  // only written once the derived figure passes the schema.
  const [totalError, setTotalError] = useState<string | undefined>();
  const totalRun = useRef(0);
  const onTotal = (text: string) => {
    setTotalText(text);
    const run = ++totalRun.current;
    const months = getValues("durationMonths");
    const result = perMonthFromTotal(text, months);
    if (result.kind !== "ok") {
      setTotalError(
        result.kind === "not-positive" ? t("totalErrors.notPositive") : result.kind === "no-months" ? t("totalErrors.noMonths") : undefined,
      );
      return;
    }
    void loadNeedsValidation().then(({ resolver: r }) => {
      if (run !== totalRun.current) return;
      const error = r.perMonthError(result.perMonth, locale);
      if (error) {
        setTotalError(t("totalErrors.perMonth", { perMonth: format.number(result.perMonth, "integer"), months, error }));
        return;
      }
      setTotalError(undefined);
      setValue("gpuHoursPerMonth", result.perMonth, { shouldValidate: true, shouldDirty: true });
    });
  };

  const applyPreset = async (presetId: NeedsPresetId) => {
    const needs = await loadNeedsPreset(presetId);
    reset(needsToFormValues(needs));
    setTotalText("");
    setTotalError(undefined);
    onValidityChange(true);
    onValidChange(needs);
  };

  return (
    <section className={`card ${styles.formCard}`} aria-labelledby={id("heading")} onFocus={warmValidation} onPointerDown={warmValidation}>
      <div className={styles.formHead}>
        <h2 id={id("heading")} className={styles.panelTitle}>
          {t("heading")}
        </h2>
        <a href={`#${weightsAnchor}`}>{t("toWeights")}</a>
      </div>

      <div className={styles.presetBlock}>
        <p className={styles.presetLabel} id={id("presets")}>
          {tp("label")}
        </p>
        <div className={styles.presetGrid} role="group" aria-labelledby={id("presets")}>
          {NEEDS_PRESET_IDS.map((p) => (
            <button key={p} type="button" className="btn btn--secondary btn--small" onClick={() => void applyPreset(p)}>
              {tp(p)}
            </button>
          ))}
        </div>
        <details className={styles.presetNotes}>
          <summary>{tp("notesSummary")}</summary>
          <dl>
            {NEEDS_PRESET_IDS.map((p) => (
              <div key={p}>
                <dt>{tp(p)}</dt>
                <dd>{tp(`notes.${p}`)}</dd>
              </div>
            ))}
          </dl>
        </details>
      </div>

      <form noValidate onSubmit={(e) => e.preventDefault()} className={styles.form}>
        <FormSection legend={t("sections.workload")} grid>
          <SelectField
            {...select("workload")}
            className={styles.span2}
            options={WORKLOADS.map((w) => ({ value: w, label: t(`workload.${w}`) }))}
          />
          {!cpu ? (
            <>
              <SelectField
                {...select("accelerator.model")}
                hint={t("acceleratorHint")}
                options={[
                  { value: "any", label: t("acceleratorAny") },
                  ...gpuModels.map((a) => ({
                    value: a.id,
                    label: t("acceleratorOption", { name: `${a.vendor} ${a.name}`, memoryGb: a.memoryGb }),
                  })),
                ]}
              />
              <FormField
                {...at("accelerator.minMemoryGb")}
                label={bare("accelerator.minMemoryGb")}
                suffix={t("units.gb")}
                hint={t("minMemoryHint")}
              >
                {(aria) => <NumberInput integer min={0} {...aria} {...register("accelerator.minMemoryGb", { valueAsNumber: true })} />}
              </FormField>
            </>
          ) : null}
        </FormSection>

        <FormSection legend={t("sections.scale")} grid>
          <FormField
            {...at("gpuHoursPerMonth")}
            label={cpu ? t("cpu.hoursPerMonth") : label("gpuHoursPerMonth")}
            suffix={cpu ? t("units.nodeHoursPerMonth") : t("units.gpuHoursPerMonth")}
            className={styles.span2}
            hint={
              <>
                {cpu ? t("nodeHoursHint") : t("gpuHoursHint")}
                <TotalNow control={control} cpu={cpu} />
              </>
            }
          >
            {(aria) => <NumberInput min={0} {...aria} {...register("gpuHoursPerMonth", { valueAsNumber: true })} />}
          </FormField>
          <FormField {...at("durationMonths")} label={bare("durationMonths")} suffix={t("units.months")}>
            {(aria) => <NumberInput integer min={1} max={120} {...aria} {...register("durationMonths", { valueAsNumber: true })} />}
          </FormField>
          <FormField
            id={id("totalGpuHours")}
            label={cpu ? t("cpu.totalHours") : t("totalGpuHours")}
            suffix={cpu ? t("units.nodeHours") : t("units.gpuHours")}
            hint={cpu ? t("cpu.totalHint") : t("totalGpuHoursHint")}
            error={totalError}
          >
            {(aria) => <NumberInput min={0} value={totalText} onChange={(e) => onTotal(e.currentTarget.value)} {...aria} />}
          </FormField>
          <SelectField
            {...select("hoursMeasuredOn")}
            label={cpu ? t("cpu.measuredOn") : label("hoursMeasuredOn")}
            hint={cpu ? t("cpu.measuredOnHint") : t("measuredOnHint")}
            className={styles.span2}
            options={measuredOnChoices.map((a) => ({ value: a.id, label: `${a.vendor} ${a.name}` }))}
          />
          <FormField
            {...at("peakGpus")}
            label={cpu ? t("cpu.peak") : label("peakGpus")}
            suffix={cpu ? t("units.nodes") : t("units.gpus")}
            hint={cpu ? t("cpu.peakHint") : t("peakHint")}
          >
            {(aria) => <NumberInput integer min={1} {...aria} {...register("peakGpus", { valueAsNumber: true })} />}
          </FormField>
          <div className={styles.checkCell}>
            <CheckField id={id("multiNode")} label={label("multiNode")}>
              {(aria) => <input type="checkbox" {...aria} {...register("multiNode")} />}
            </CheckField>
          </div>
          <FormField {...at("storageTb")} label={bare("storageTb")} suffix={t("units.tb")} hint={t("storageHint")}>
            {(aria) => <NumberInput min={0} {...aria} {...register("storageTb", { valueAsNumber: true })} />}
          </FormField>
          <FormField {...at("egressTbPerMonth")} label={bare("egressTbPerMonth")} suffix={t("units.tbPerMonth")} hint={t("egressHint")}>
            {(aria) => <NumberInput min={0} {...aria} {...register("egressTbPerMonth", { valueAsNumber: true })} />}
          </FormField>
        </FormSection>

        <FormSection legend={t("sections.data")} grid>
          <SelectField
            {...select("dataSensitivity")}
            hint={t(`sensitivityHint.${sensitivity}`)}
            className={styles.span2}
            options={DATA_SENSITIVITIES.map((s) => ({ value: s, label: t(`sensitivity.${s}`) }))}
          />
          {sensitivity === "mainland-origin" ? (
            <SelectField
              {...select("mainlandDataOrigin")}
              hint={t("mainlandDataOriginHint")}
              className={styles.span2}
              options={[
                { value: "", label: t("mainlandDataOrigin.unset") },
                ...MAINLAND_DATA_ORIGINS.map((o) => ({ value: o, label: t(`mainlandDataOrigin.${o}`) })),
              ]}
            />
          ) : null}
          <SelectField
            {...select("residency")}
            className={styles.span2}
            options={RESIDENCIES.map((r) => ({ value: r, label: t(`residency.${r}`) }))}
          />
        </FormSection>

        <FormSection legend={t("sections.organisation")}>
          <CheckGroup legend={label("organisation")}>
            {(["hkRegistered", "mainlandEntity", "university"] as const).map((k) => (
              <CheckField key={k} id={id(`organisation.${k}`)} label={label(`organisation.${k}`)}>
                {(aria) => <input type="checkbox" {...aria} {...register(`organisation.${k}`)} />}
              </CheckField>
            ))}
          </CheckGroup>
          <FormField
            {...at("organisation.overseasEntities")}
            label={label("organisation.overseasEntities")}
            hint={t("overseasEntitiesHint")}
          >
            {(aria) => (
              <input
                className="input"
                type="text"
                autoComplete="off"
                spellCheck={false}
                {...aria}
                {...register("organisation.overseasEntities")}
              />
            )}
          </FormField>
          <details className={styles.subFieldset} open={memberOf.length > 0}>
            <summary className={`${styles.subLegend} ${styles.summary}`}>{t("memberOfLegend")}</summary>
            <Controller
              control={control}
              name="organisation.memberOf"
              render={({ field }) => (
                <fieldset className={`${styles.subFieldset} ${styles.checkGrid}`}>
                  <legend className="visually-hidden">{label("organisation.memberOf")}</legend>
                  <CheckboxList
                    field={field}
                    options={INSTITUTIONS.map((inst) => ({ value: inst, label: tl(`institution.${inst}`) }))}
                    idOf={(inst) => id(`organisation.memberOf-${inst}`)}
                  />
                </fieldset>
              )}
            />
          </details>
          <div className={styles.grid2}>
            <FormField {...at("budgetHkd")} label={bare("budgetHkd")} suffix={t("units.hkd")} hint={t("budgetHint")}>
              {(aria) => <NumberInput min={0} {...aria} {...register("budgetHkd")} />}
            </FormField>
            <FormField {...at("startBy")} label={label("startBy")} hint={t("startByHint")}>
              {(aria) => <input className="input" type="date" {...aria} {...register("startBy")} />}
            </FormField>
          </div>
        </FormSection>

        <PreferencesSection form={form} fields={fields} />
      </form>
    </section>
  );
}

/**
 * "= N GPU-hours over M months" under the per-month field: watches the two fields itself, so a
 * keystroke in either re-renders this line, not the whole form.
 */
function TotalNow({ control, cpu }: { control: Control<NeedsFormValues, unknown, Needs>; cpu: boolean }) {
  const t = useTranslations("advisor.form");
  const format = useFormat();
  const [perMonth, months] = useWatch({ control, name: ["gpuHoursPerMonth", "durationMonths"] });
  const totalNow = Number.isFinite(perMonth) && Number.isFinite(months) && perMonth > 0 && months > 0 ? perMonth * months : null;
  if (totalNow === null) return null;
  return (
    <span className={styles.hintStrong}>
      {t("totalNow", {
        total: format.number(totalNow, "integer"),
        months,
        unit: cpu ? t("units.nodeHoursWord") : t("units.gpuHoursWord"),
      })}
    </span>
  );
}
