import "server-only";
import meta from "@/data/catalogue-meta.json";
import accelerators from "@/data/accelerators.json";
import fx from "@/data/fx-rates.json";
import subsidies from "@/data/subsidies.json";
import cloud from "@/data/offers/cloud.json";
import mainlandSc from "@/data/offers/mainland-sc.json";
import overseasSc from "@/data/offers/overseas-sc.json";
import hkSc from "@/data/offers/hk-sc.json";
import { parseCatalogue, type Catalogue } from "./parse-catalogue";
import type { Offer } from "./offer-schema";

/**
 * The validated catalogue. The JSON is imported statically so the same module works in a
 * server component, a route handler, a script and the tests; parsing at import time means
 * an invalid file fails `next build` and every test. Client components do not import it:
 * a page passes them the parsed catalogue as a prop (see app/[locale]/page.tsx), so the
 * browser downloads neither the JSON as code nor zod to parse it again.
 */
export const catalogue: Catalogue = parseCatalogue({
  meta: { path: "data/catalogue-meta.json", json: meta },
  accelerators: { path: "data/accelerators.json", json: accelerators },
  fx: { path: "data/fx-rates.json", json: fx },
  subsidies: { path: "data/subsidies.json", json: subsidies },
  offerFiles: [
    { path: "data/offers/cloud.json", json: cloud },
    { path: "data/offers/mainland-sc.json", json: mainlandSc },
    { path: "data/offers/overseas-sc.json", json: overseasSc },
    { path: "data/offers/hk-sc.json", json: hkSc },
  ],
});

const byId = new Map(catalogue.offers.map((o) => [o.id, o]));

export function offerById(id: string): Offer | undefined {
  return byId.get(id);
}
