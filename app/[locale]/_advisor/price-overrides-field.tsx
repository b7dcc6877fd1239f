"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useFieldArray, useWatch, type Control, type FieldErrors, type UseFormRegister, type UseFormSetValue } from "react-hook-form";
import { listPriceHkdPerHour } from "@/lib/domain/cost/list-price";
import type { Locale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/format/money";
import { useCatalogue, type CatalogueLookup } from "./catalogue-context";
import { errorMessage } from "./error-message";
import { FormField, NumberInput, SelectField } from "./form-field";
import { OVERRIDE_MODES, QUOTE_CURRENCIES, type NeedsFormValues, type OverrideRow } from "./needs-form-values";
import styles from "./advisor.module.css";
import { Icon } from "@/app/_components/icon";

/** Every offer of a provider, in catalogue order; the first one names the provider in an override. */
type ProviderGroup = { provider: string; offerIds: string[] };

/** The select's value for a row: "offer:<id>" or "provider:<first offer id of the provider>". */
function targetValue(row: OverrideRow | undefined, groupOf: (offerId: string) => ProviderGroup | undefined): string {
  if (!row) return "";
  if (row.scope === "provider") return `provider:${groupOf(row.offerId)?.offerIds[0] ?? row.offerId}`;
  return `offer:${row.offerId}`;
}

/** The list price (HKD per billed hour) of each offer a target covers: one for an offer, all for a provider. */
function listPrices({ catalogue, offerById }: CatalogueLookup, offerIds: readonly string[]): number[] {
  return offerIds.flatMap((id) => {
    const offer = offerById(id);
    return offer ? [listPriceHkdPerHour(offer, catalogue.fx)] : [];
  });
}

const round2 = (x: number) => Math.round(x * 100) / 100;

type Props = {
  control: Control<NeedsFormValues, unknown, unknown>;
  register: UseFormRegister<NeedsFormValues>;
  setValue: UseFormSetValue<NeedsFormValues>;
  errors: FieldErrors<NeedsFormValues>;
  locale: Locale;
  idPrefix: string;
};

/**
 * The repeatable "option or whole provider + discount % or quoted price per GPU-hour +
 * currency" list. A row starts from its target's list price, and choosing another target
 * loads that target's list price (a quote, not a discount %, is tied to a price), so the user
 * always edits a real number. The chosen target's full name shows under the select (long
 * names do not fit a closed select). The Hong Kong AI supercomputing centre has a one-click
 * button covering every centre offer, because its list price is our estimate.
 */
export function PriceOverridesField({ control, register, setValue, errors, locale, idPrefix }: Props) {
  const t = useTranslations("advisor.form.overrides");
  const tu = useTranslations("advisor.form.units");
  const { fields, append, remove } = useFieldArray({ control, name: "priceOverrides" });
  const lookup = useCatalogue();
  const { catalogue, offerById } = lookup;
  const offersSorted = useMemo(
    () =>
      [...catalogue.offers].sort(
        (a, b) => a.family.localeCompare(b.family) || a.provider.localeCompare(b.provider) || a.name.localeCompare(b.name),
      ),
    [catalogue],
  );
  const { groups, groupOf } = useMemo(() => {
    const byProvider = new Map<string, ProviderGroup>();
    for (const o of catalogue.offers) {
      const g = byProvider.get(o.provider) ?? { provider: o.provider, offerIds: [] };
      g.offerIds.push(o.id);
      byProvider.set(o.provider, g);
    }
    const providerOfId = new Map(catalogue.offers.map((o) => [o.id, o.provider]));
    return {
      // A provider-wide choice only where it covers more than one offer.
      groups: [...byProvider.values()].filter((g) => g.offerIds.length > 1).sort((a, b) => a.provider.localeCompare(b.provider)),
      groupOf: (offerId: string) => {
        const p = providerOfId.get(offerId);
        return p === undefined ? undefined : byProvider.get(p);
      },
    };
  }, [catalogue]);
  const rows = useWatch({ control, name: "priceOverrides" }) as OverrideRow[] | undefined;
  const used = new Set((rows ?? []).map((r) => targetValue(r, groupOf)));
  // The Hong Kong AI supercomputing centre: the provider of the hk-sc offers (all of them).
  const aiscFirst = catalogue.offers.find((o) => o.family === "hk-sc");
  const aiscTarget = aiscFirst ? `provider:${groupOf(aiscFirst.id)?.offerIds[0] ?? aiscFirst.id}` : null;

  const coveredIds = (target: string): string[] => {
    const [kind, id = ""] = target.split(/:(.*)/s);
    return kind === "provider" ? (groupOf(id)?.offerIds ?? [id]) : [id];
  };
  const startPrice = (target: string): number => {
    const prices = listPrices(lookup, coveredIds(target));
    return prices.length ? round2(Math.min(...prices)) : Number.NaN;
  };
  const addRow = (target: string) => {
    const [kind, offerId = ""] = target.split(/:(.*)/s);
    append({
      offerId,
      ...(kind === "provider" ? { scope: "provider" as const } : {}),
      mode: "quote",
      amount: startPrice(target),
      currency: "HKD",
    });
  };
  const chooseTarget = (i: number, target: string) => {
    const [kind, offerId = ""] = target.split(/:(.*)/s);
    const opts = { shouldDirty: true, shouldValidate: true } as const;
    setValue(`priceOverrides.${i}.offerId`, offerId, opts);
    setValue(`priceOverrides.${i}.scope`, kind === "provider" ? "provider" : "offer", opts);
    // A quote replaces a price: start it from the new target's list price (in HKD).
    if ((rows?.[i]?.mode ?? "quote") === "quote") {
      setValue(`priceOverrides.${i}.amount`, startPrice(target), opts);
      setValue(`priceOverrides.${i}.currency`, "HKD", opts);
    }
  };
  const money = (x: number) => formatMoney(x, "HKD", catalogue.fx, locale, { digits: 2 });

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
          const target = targetValue(row, groupOf);
          const provider = row?.scope === "provider";
          const covered = row ? coveredIds(target) : [];
          const offer = row ? offerById(row.offerId) : undefined;
          const chosen = !row
            ? null
            : provider
              ? t("chosenProvider", { provider: offer?.provider ?? row.offerId, count: covered.length })
              : t("chosen", { name: offer ? `${offer.provider} · ${offer.name}` : row.offerId });
          const prices = listPrices(lookup, covered);
          const min = prices.length ? Math.min(...prices) : null;
          const max = prices.length ? Math.max(...prices) : null;
          const price =
            min === null || max === null
              ? null
              : round2(min) === round2(max)
                ? t("listPrice", { price: money(min) })
                : t("listPriceRange", { min: money(min), max: money(max) });
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
                    chosen ? (
                      <>
                        <span className={styles.ovChosen} data-testid="override-target">
                          {chosen}
                        </span>
                        {price ? <> · {price}</> : null}
                      </>
                    ) : undefined
                  }
                >
                  {(aria) => (
                    <select
                      className="select"
                      {...aria}
                      value={target}
                      title={chosen ?? undefined}
                      onChange={(e) => chooseTarget(i, e.target.value)}
                    >
                      <optgroup label={t("groupProviders")}>
                        {groups.map((g) => (
                          <option key={g.provider} value={`provider:${g.offerIds[0]}`}>
                            {t("providerTarget", { provider: g.provider })}
                          </option>
                        ))}
                      </optgroup>
                      <optgroup label={t("groupOffers")}>
                        {offersSorted.map((o) => (
                          <option key={o.id} value={`offer:${o.id}`}>
                            {o.provider} · {o.name}
                          </option>
                        ))}
                      </optgroup>
                    </select>
                  )}
                </FormField>
                <SelectField
                  field={{ id: `${base}-mode` }}
                  label={t("mode")}
                  className={styles.ovMode}
                  registration={register(`priceOverrides.${i}.mode`)}
                  options={OVERRIDE_MODES.map((m) => ({ value: m, label: t(m) }))}
                />
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
                  <SelectField
                    field={{ id: `${base}-currency` }}
                    label={t("currency")}
                    className={styles.ovCurrency}
                    registration={register(`priceOverrides.${i}.currency`)}
                    options={QUOTE_CURRENCIES.map((c) => ({ value: c, label: c }))}
                  />
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
        {aiscTarget && !used.has(aiscTarget) ? (
          <button type="button" className="btn btn--secondary btn--small" onClick={() => addRow(aiscTarget)}>
            {t("addAisc")}
          </button>
        ) : null}
        <button
          type="button"
          className="btn btn--ghost btn--small"
          onClick={() => addRow(`offer:${(offersSorted.find((o) => !used.has(`offer:${o.id}`)) ?? offersSorted[0]!).id}`)}
        >
          + {t("add")}
        </button>
      </div>
    </fieldset>
  );
}
