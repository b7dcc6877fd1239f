"use client";

import { useLocale, useTranslations } from "next-intl";
import { Controller, type Control, type FieldErrors, type UseFormRegister, type UseFormSetValue } from "react-hook-form";
import { SUPPORT_LANGUAGES, TOOLS } from "@/lib/catalogue/catalogue-vocabulary";
import type { FieldLabels } from "@/lib/validation/field-labels";
import { useCatalogue } from "./catalogue-context";
import { needsFields } from "./needs-fields";
import { CheckField, FormField, CheckboxList } from "./form-field";
import { OptionSelect } from "./option-select";
import type { NeedsFormValues } from "./needs-form-values";
import { PriceOverridesField } from "./price-overrides-field";
import styles from "./advisor.module.css";
import { schemeName } from "@/lib/i18n/local-names";
import { shareBounds } from "@/lib/domain/cost/share-bounds";
import { useFormat } from "@/lib/i18n/use-format";

type Props = {
  fieldLabels: FieldLabels;
  control: Control<NeedsFormValues, unknown, unknown>;
  register: UseFormRegister<NeedsFormValues>;
  setValue: UseFormSetValue<NeedsFormValues>;
  errors: FieldErrors<NeedsFormValues>;
  idPrefix: string;
};

/** The form's "Preferences" section: tools, support language, expected subsidies, commitment and price overrides. */
export function PreferencesSection({ fieldLabels, control, register, setValue, errors, idPrefix }: Props) {
  const locale = useLocale();
  const t = useTranslations("advisor.form");
  const tl = useTranslations("labels");
  const { catalogue } = useCatalogue();
  const { id, label, err, at } = needsFields(idPrefix, fieldLabels, errors);
  const subsidyName = (s: (typeof catalogue.subsidies)[number]) => schemeName(s, locale);
  const format = useFormat();
  const pct = (share: number) => format.number(share, "percent");

  return (
    <fieldset className={styles.section}>
      <legend className={styles.legend}>{t("sections.preferences")}</legend>
      <Controller
        control={control}
        name="tools"
        render={({ field }) => (
          <fieldset className={styles.subFieldset} aria-describedby={id("tools-hint")}>
            <legend className={styles.subLegend}>{label("tools")}</legend>
            <div className={styles.checkGrid}>
              <CheckboxList
                field={field}
                options={TOOLS.map((tool) => ({ value: tool, label: tl(`tool.${tool}`) }))}
                idOf={(tool) => id(`tools-${tool}`)}
                order={TOOLS}
              />
            </div>
            <p className={styles.hint} id={id("tools-hint")}>
              {t("toolsHint")}
            </p>
          </fieldset>
        )}
      />
      <div className={styles.grid2}>
        <FormField {...at("supportLanguage")} label={label("supportLanguage")}>
          {(aria) => (
            <OptionSelect
              {...aria}
              {...register("supportLanguage")}
              options={SUPPORT_LANGUAGES.map((l) => ({ value: l, label: tl(`supportLanguage.${l}`) }))}
            />
          )}
        </FormField>
      </div>
      <Controller
        control={control}
        name="subsidies"
        render={({ field }) => (
          <fieldset className={styles.subFieldset} aria-describedby={id("subsidies-hint")}>
            <legend className={styles.subLegend}>{label("subsidies")}</legend>
            {catalogue.subsidies.length === 0 ? <p className="muted small">{t("subsidyNone")}</p> : null}
            <div className={styles.checkList}>
              <CheckboxList
                field={field}
                options={catalogue.subsidies.map((s) => ({ value: s.id, label: subsidyName(s) }))}
                idOf={(sid) => id(`subsidies-${sid}`)}
              />
            </div>
            <p className={styles.hint} id={id("subsidies-hint")}>
              {t("subsidyHint")}
            </p>
            {catalogue.subsidies
              .filter((s) => field.value.includes(s.id))
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
              ))}
          </fieldset>
        )}
      />
      <CheckField id={id("allowCommitment")} label={label("allowCommitment")} hint={t("commitHint")}>
        {(aria) => <input type="checkbox" {...aria} {...register("allowCommitment")} />}
      </CheckField>
      <PriceOverridesField control={control} register={register} setValue={setValue} errors={errors} locale={locale} idPrefix={idPrefix} />
    </fieldset>
  );
}
