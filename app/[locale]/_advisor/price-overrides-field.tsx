"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useFieldArray, useWatch, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { listPriceHkdPerHour } from "@/lib/domain/cost/list-price";
import type { Locale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/format/money";
import { useCatalogue, type CatalogueLookup } from "./catalogue-context";
import { errorMessage } from "./error-message";
import { FormField, NumberInput } from "./form-field";
import { OVERRIDE_MODES, QUOTE_CURRENCIES, type NeedsFormValues, type OverrideRow } from "./needs-form-values";
import styles from "./advisor.module.css";
import { Icon } from "@/app/_components/icon";

/** The offer's list price per accelerator-hour in HKD (what an override replaces). */
function listPriceHkd({ catalogue, offerById }: CatalogueLookup, offerId: string): number | null {
  const offer = offerById(offerId);
  if (!offer) return null;
  return listPriceHkdPerHour(offer, catalogue.fx);
}

type Props = {
  control: Control<NeedsFormValues, unknown, unknown>;
  register: UseFormRegister<NeedsFormValues>;
  errors: FieldErrors<NeedsFormValues>;
  locale: Locale;
  idPrefix: string;
};

/**
 * The repeatable "option + discount % or quoted price per GPU-hour + currency" list. A new
 * row starts from the option's list price, so the user edits a real number; the first Hong
 * Kong AI supercomputing centre offer has its own one-click button because its list price is
 * our estimate.
 */
export function PriceOverridesField({ control, register, errors, locale, idPrefix }: Props) {
  const t = useTranslations("advisor.form.overrides");
  const tu = useTranslations("advisor.form.units");
  const { fields, append, remove } = useFieldArray({ control, name: "priceOverrides" });
  const lookup = useCatalogue();
  const { catalogue } = lookup;
  const offersSorted = useMemo(
    () =>
      [...catalogue.offers].sort(
        (a, b) => a.family.localeCompare(b.family) || a.provider.localeCompare(b.provider) || a.name.localeCompare(b.name),
      ),
    [catalogue],
  );
  const rows = useWatch({ control, name: "priceOverrides" }) as OverrideRow[] | undefined;
  const aisc = offersSorted.find((o) => o.family === "hk-sc");
  const used = new Set((rows ?? []).map((r) => r.offerId));

  const addRow = (offerId: string) => {
    const price = listPriceHkd(lookup, offerId);
    append({ offerId, mode: "quote", amount: price === null ? Number.NaN : Math.round(price * 100) / 100, currency: "HKD" });
  };

  return (
    <fieldset className={styles.subFieldset}>
      <legend className={styles.subLegend}>{t("legend")}</legend>
      <p className={styles.hint}>{t("hint")}</p>
      {fields.length === 0 ? <p className="muted small">{t("empty")}</p> : null}
      <ol className={styles.overrideList}>
        {fields.map((field, i) => {
          const row = rows?.[i];
          const mode = row?.mode ?? "quote";
          const base = `${idPrefix}-ov-${i}`;
          const list = row ? listPriceHkd(lookup, row.offerId) : null;
          return (
            <li key={field.id} className={styles.overrideRow}>
              <fieldset className={styles.overrideFieldset}>
                <legend className="visually-hidden">{t("row", { n: i + 1 })}</legend>
                <FormField
                  id={`${base}-offer`}
                  label={t("option")}
                  className={styles.ovOffer}
                  error={errorMessage(errors, `priceOverrides.${i}.offerId`)}
                  hint={
                    list !== null ? t("listPrice", { price: formatMoney(list, "HKD", catalogue.fx, locale, { digits: 2 }) }) : undefined
                  }
                >
                  {(aria) => (
                    <select className="select" {...aria} {...register(`priceOverrides.${i}.offerId`)}>
                      {offersSorted.map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.provider} · {o.name}
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
                <FormField id={`${base}-mode`} label={t("mode")} className={styles.ovMode}>
                  {(aria) => (
                    <select className="select" {...aria} {...register(`priceOverrides.${i}.mode`)}>
                      {OVERRIDE_MODES.map((m) => (
                        <option key={m} value={m}>
                          {t(m)}
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
                <FormField
                  id={`${base}-amount`}
                  label={mode === "discount" ? t("amountDiscount") : t("amountQuote")}
                  suffix={mode === "discount" ? "%" : `${row?.currency ?? "HKD"} ${tu("perGpuHour")}`}
                  className={styles.ovAmount}
                  error={errorMessage(errors, `priceOverrides.${i}.amount`)}
                >
                  {(aria) => <NumberInput {...aria} {...register(`priceOverrides.${i}.amount`, { valueAsNumber: true })} />}
                </FormField>
                {mode === "quote" ? (
                  <FormField id={`${base}-currency`} label={t("currency")} className={styles.ovCurrency}>
                    {(aria) => (
                      <select className="select" {...aria} {...register(`priceOverrides.${i}.currency`)}>
                        {QUOTE_CURRENCIES.map((c) => (
                          <option key={c} value={c}>
                            {c}
                          </option>
                        ))}
                      </select>
                    )}
                  </FormField>
                ) : null}
                <button
                  type="button"
                  className={`btn btn--ghost btn--small ${styles.ovRemove}`}
                  onClick={() => remove(i)}
                  aria-label={t("remove", { n: i + 1 })}
                >
                  <Icon name="close" />
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className={styles.ovActions}>
        {aisc && !used.has(aisc.id) ? (
          <button type="button" className="btn btn--secondary btn--small" onClick={() => addRow(aisc.id)}>
            {t("addAisc")}
          </button>
        ) : null}
        <button
          type="button"
          className="btn btn--ghost btn--small"
          onClick={() => addRow((offersSorted.find((o) => !used.has(o.id)) ?? offersSorted[0]!).id)}
        >
          + {t("add")}
        </button>
      </div>
    </fieldset>
  );
}
