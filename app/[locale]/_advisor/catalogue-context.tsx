"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Offer } from "@/lib/catalogue/offer-schema";
import type { Catalogue } from "@/lib/catalogue/parse-catalogue";

export type CatalogueLookup = {
  catalogue: Catalogue;
  offerById: (id: string) => Offer | undefined;
};

const CatalogueContext = createContext<CatalogueLookup | null>(null);

/**
 * Hands the advisor island the catalogue the server page parsed and passed down as a prop.
 * The browser never imports data/*.json or runs the catalogue schema: the JSON and zod would
 * otherwise be most of the page's first-load JavaScript, and the data was validated once
 * already on the server (parse once at the boundary, then trust the types).
 */
export function CatalogueProvider({ catalogue, children }: { catalogue: Catalogue; children: ReactNode }) {
  const value = useMemo<CatalogueLookup>(() => {
    const byId = new Map(catalogue.offers.map((o) => [o.id, o]));
    return { catalogue, offerById: (id) => byId.get(id) };
  }, [catalogue]);
  return <CatalogueContext.Provider value={value}>{children}</CatalogueContext.Provider>;
}

/** The catalogue and an id lookup; only inside <CatalogueProvider> (the advisor island). */
export function useCatalogue(): CatalogueLookup {
  const value = useContext(CatalogueContext);
  if (!value) throw new Error("useCatalogue() needs a <CatalogueProvider> above it");
  return value;
}
