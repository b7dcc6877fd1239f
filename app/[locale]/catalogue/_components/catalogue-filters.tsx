import type { Family, Jurisdiction } from "@/lib/catalogue/offer-schema";
import type { Region } from "@/lib/catalogue/region";
import type { CatalogueFilterOptions } from "./build-catalogue-rows";
import type { CatalogueQuery } from "./catalogue-query";
import type { ColumnDeps } from "./catalogue-columns";

type Props = {
  query: CatalogueQuery;
  options: CatalogueFilterOptions;
  totalCount: number;
  t: ColumnDeps["t"];
  onChange: (patch: Partial<CatalogueQuery>) => void;
};

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
        <div className="field">
          <label htmlFor="catalogue-accelerator">{t("filters.accelerator")}</label>
          <select
            id="catalogue-accelerator"
            className="select"
            value={query.accelerator ?? ""}
            onChange={(e) => onChange({ accelerator: e.target.value === "" ? null : e.target.value })}
          >
            <option value="">{t("filters.allAccelerators")}</option>
            {options.accelerators.map((o) => (
              <option key={o.value} value={o.value}>
                {t("filters.optionWithCount", { label: o.label, count: o.count })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="catalogue-region">{t("filters.region")}</label>
          <select
            id="catalogue-region"
            className="select"
            value={query.region ?? ""}
            onChange={(e) => onChange({ region: e.target.value === "" ? null : (e.target.value as Region) })}
          >
            <option value="">{t("filters.allRegions")}</option>
            {options.regions.map((o) => (
              <option key={o.value} value={o.value}>
                {t("filters.optionWithCount", { label: o.label, count: o.count })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="catalogue-jurisdiction">{t("filters.jurisdiction")}</label>
          <select
            id="catalogue-jurisdiction"
            className="select"
            value={query.jurisdiction ?? ""}
            onChange={(e) => onChange({ jurisdiction: e.target.value === "" ? null : (e.target.value as Jurisdiction) })}
          >
            <option value="">{t("filters.allJurisdictions")}</option>
            {options.jurisdictions.map((o) => (
              <option key={o.value} value={o.value}>
                {t("filters.optionWithCount", { label: o.label, count: o.count })}
              </option>
            ))}
          </select>
        </div>
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
