import "server-only";
import raw from "@/data/catalogue-history.json";
import { catalogueHistorySchema, type CatalogueHistory } from "@/lib/catalogue/catalogue-history-schema";

/**
 * data/catalogue-history.json, parsed once on the server (the price-update CLI appends to it):
 * an invalid file fails the build, like the catalogue itself.
 */
export const catalogueHistory: CatalogueHistory = catalogueHistorySchema.parse(raw);
