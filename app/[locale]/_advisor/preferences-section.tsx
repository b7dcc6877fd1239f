"use client";

import { useLocale, useTranslations } from "next-intl";
import { Controller, type UseFormReturn } from "react-hook-form";
import { SUPPORT_LANGUAGES, TOOLS } from "@/lib/catalogue/catalogue-vocabulary";
import type { Needs } from "@/lib/needs/needs-schema";
import { useCatalogue } from "./catalogue-context";
import type { NeedsFields } from "./needs-fields";
import { CheckField, CheckGroup, CheckboxList, FormField, FormSection, SelectField } from "./form-field";
import type { NeedsFormValues } from "./needs-form-values";
import { PriceOverridesField } from "./price-overrides-field";
import styles from "./advisor.module.css";
import { schemeName } from "@/lib/i18n/local-names";
import { shareBounds } from "@/lib/domain/cost/share-bounds";
import { useFormat } from "@/lib/i18n/use-format";

type Props = {
  /** The needs form's react-hook-form handle. */
  form: UseFormReturn<NeedsFormValues, unknown, Needs>;
  /** The needs form's field naming (ids, labels, errors), made once by the form. */
  fields: NeedsFields;
};

/** The form's "Preferences" section: tools, support language, expected subsidies, commitment and price overrides. */
export function PreferencesSection({ form, fields }: Props) {
  const locale = useLocale();
  const t = useTranslations("advisor.form");
  const tl = useTranslations("labels");
  const { catalogue } = useCatalogue();
  const { control, register, setValue } = form;
  const errors = form.formState.errors;
  const { idPrefix, id, label, err, select } = fields;
  const subsidyName = (s: (typeof catalogue.subsidies)[number]) => schemeName(s, locale);
  const format = useFormat();
  const pct = (share: number) => format.number(share, "percent");

  // A share slider for each chosen subsidy whose share the user may set (min < max).
  const shareFields = (selected: readonly string[]) =>
    catalogue.subsidies
      .filter((s) => selected.includes(s.id))
      .map((s) => ({ s, b: shareBounds(s) }))
      .filter(({ b }) => b.min < b.max)
      .map(({ s, b }) => (
        <Controller
          key={s.id}
          control={control}
          name={`subsidyShares.${s.id}`}
          render={({ field: share }) => {
            const value = share.value ?? b.default;
            return (
              <FormField
                id={id(`subsidyShares-${s.id}`)}
                label={t("shareLabel", { scheme: subsidyName(s) })}
                error={err(`subsidyShares.${s.id}`)}
                hint={t("shareHint", { default: pct(b.default), min: pct(b.min), max: pct(b.max) })}
              >
                {(aria) => (
                  <span className={styles.shareSlider}>
                    <input
                      type="range"
                      {...aria}
                      min={Math.round(b.min * 100)}
                      max={Math.round(b.max * 100)}
                      step={1}
                      value={Math.round(value * 100)}
                      aria-valuetext={pct(value)}
                      onChange={(e) => share.onChange(Number(e.currentTarget.value) / 100)}
                      onBlur={share.onBlur}
                    />
                    <output className="num">{pct(value)}</output>
                  </span>
                )}
              </FormField>
            );
          }}
        />
      ));

  return (
    <FormSection legend={t("sections.preferences")}>
      <Controller
        control={control}
        name="tools"
        render={({ field }) => (
          <CheckGroup legend={label("tools")} layout="grid" hint={{ id: id("tools-hint"), text: t("toolsHint") }}>
            <CheckboxList
              field={field}
              options={TOOLS.map((tool) => ({ value: tool, label: tl(`tool.${tool}`) }))}
              idOf={(tool) => id(`tools-${tool}`)}
              order={TOOLS}
            />
          </CheckGroup>
        )}
      />
      <div className={styles.grid2}>
        <SelectField
          {...select("supportLanguage")}
          options={SUPPORT_LANGUAGES.map((l) => ({ value: l, label: tl(`supportLanguage.${l}`) }))}
        />
      </div>
      <Controller
        control={control}
        name="subsidies"
        render={({ field }) => (
          <CheckGroup
            legend={label("subsidies")}
            hint={{ id: id("subsidies-hint"), text: t("subsidyHint") }}
            after={shareFields(field.value)}
          >
            {catalogue.subsidies.length === 0 ? <p className="muted small">{t("subsidyNone")}</p> : null}
            <CheckboxList
              field={field}
              options={catalogue.subsidies.map((s) => ({ value: s.id, label: subsidyName(s) }))}
              idOf={(sid) => id(`subsidies-${sid}`)}
            />
          </CheckGroup>
        )}
      />
      <CheckField id={id("allowCommitment")} label={label("allowCommitment")} hint={t("commitHint")}>
        {(aria) => <input type="checkbox" {...aria} {...register("allowCommitment")} />}
      </CheckField>
      <PriceOverridesField control={control} register={register} setValue={setValue} errors={errors} locale={locale} idPrefix={idPrefix} />
    </FormSection>
  );
}
