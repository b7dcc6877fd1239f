import { describe, expect, it } from "vitest";
import { API_METHODS, allowedMethods } from "@/lib/http/api-methods";
import * as catalogueRoute from "@/app/api/catalogue/route";
import * as recommendRoute from "@/app/api/recommend/route";
import * as demandRoute from "@/app/api/demand/route";

const ROUTES: Record<string, object> = { "/api/catalogue": catalogueRoute, "/api/recommend": recommendRoute, "/api/demand": demandRoute };
const HANDLER_NAMES = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];

describe("API_METHODS", () => {
  it("lists exactly the API routes in app/api", () => {
    expect(Object.keys(API_METHODS).sort()).toEqual(Object.keys(ROUTES).sort());
  });

  it.each(Object.entries(ROUTES))("%s: lists exactly the handlers the module exports (+ HEAD for GET, OPTIONS)", (path, mod) => {
    const exported = HANDLER_NAMES.filter((m) => m in mod);
    const expected = new Set([...exported, ...(exported.includes("GET") ? ["HEAD"] : []), "OPTIONS"]);
    expect(new Set(API_METHODS[path])).toEqual(expected);
  });

  it("ignores a trailing slash; other paths are not API routes", () => {
    expect(allowedMethods("/api/recommend/")).toEqual(API_METHODS["/api/recommend"]);
    expect(allowedMethods("/api/nope")).toBeNull();
  });
});
