import type { Family } from "@/lib/catalogue/offer-schema";
import type { CatalogueFilterOptions } from "./build-catalogue-rows";
import type { FilterOption } from "./catalogue-row";
import type { CatalogueQuery } from "./catalogue-query";
import type { ColumnDeps } from "./catalogue-columns";
import { Field } from "@/app/_components/field";

type Props = {
  query: CatalogueQuery;
  options: CatalogueFilterOptions;
  totalCount: number;
  t: ColumnDeps["t"];
  onChange: (patch: Partial<CatalogueQuery>) => void;
};

/** The select filters, in page order: the query field each sets and its "all" wording. */
const SELECTS = [
  { name: "accelerator", allKey: "filters.allAccelerators" },
  { name: "region", allKey: "filters.allRegions" },
  { name: "jurisdiction", allKey: "filters.allJurisdictions" },
] as const;

/** Search box, family chips and accelerator / jurisdiction selects. Plain controlled inputs. */
export function CatalogueFilters({ query, options, totalCount, t, onChange }: Props) {
  return (
    <section className="card filters" aria-labelledby="catalogue-filters-heading">
      <h2 id="catalogue-filters-heading" className="visually-hidden">
        {t("filters.heading")}
      </h2>
      <div className="filters__row">
        <div className="field field--search">
          <label htmlFor="catalogue-search">{t("filters.search")}</label>
          <input
            id="catalogue-search"
            className="input input--search"
            type="search"
            value={query.q}
            placeholder={t("filters.searchPlaceholder")}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => onChange({ q: e.target.value })}
          />
        </div>
        {SELECTS.map(({ name, allKey }) => (
          <FilterSelect
            key={name}
            id={`catalogue-${name}`}
            label={t(`filters.${name}`)}
            allLabel={t(allKey)}
            value={query[name]}
            options={options[`${name}s`]}
            optionLabel={(o) => t("filters.optionWithCount", { label: o.label, count: o.count })}
            // The select offers only the values of `options`, so the value fits the field.
            onChange={(v) => onChange({ [name]: v } as Partial<CatalogueQuery>)}
          />
        ))}
      </div>
      <fieldset className="field">
        <legend>{t("filters.family")}</legend>
        <div className="chips">
          <label className="chip">
            <input
              type="radio"
              name="catalogue-family"
              value=""
              checked={query.family === null}
              onChange={() => onChange({ family: null })}
            />
            <span className="chip__body">
              {t("filters.allFamilies")} <span className="count">{totalCount}</span>
            </span>
          </label>
          {options.families.map((o) => (
            <label className="chip" key={o.value}>
              <input
                type="radio"
                name="catalogue-family"
                value={o.value}
                checked={query.family === o.value}
                onChange={() => onChange({ family: o.value as Family })}
              />
              <span className="chip__body">
                <span className={`family-dot family-dot--${o.value}`} aria-hidden="true" />
                {o.label} <span className="count">{o.count}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}

/** One select filter: "all" plus each option with its count; "" in the select is "no filter" (null). */
function FilterSelect<V extends string>({
  id,
  label,
  allLabel,
  value,
  options,
  optionLabel,
  onChange,
}: {
  id: string;
  label: string;
  allLabel: string;
  value: V | null;
  options: readonly FilterOption<V>[];
  optionLabel: (o: FilterOption<V>) => string;
  onChange: (value: string | null) => void;
}) {
  return (
    <Field id={id} label={label}>
      <select id={id} className="select" value={value ?? ""} onChange={(e) => onChange(e.target.value === "" ? null : e.target.value)}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
    </Field>
  );
}
