import { describe, expect, it } from "vitest";
import { encodeShareState } from "@/lib/url-state/encode-share-state";
import { DEFAULT_SHARE_STATE, decodeShareState } from "@/lib/url-state/share-state";
import { catalogue } from "@/lib/catalogue/catalogue";

const query = (s: string) => Object.fromEntries(new URLSearchParams(s)) as { v?: string; s?: string };

describe("share links carry provider-wide price overrides", () => {
  const priceOverrides = [
    { offerId: "cyberport-aisc-aiss", scope: "provider" as const, quotedPricePerAcceleratorHour: 12, currency: "HKD" as const },
    { offerId: "cyberport-aisc-commercial", discountPct: 5, currency: "HKD" as const },
  ];

  it("round-trips the scope, and an offer override without one", () => {
    const state = { ...DEFAULT_SHARE_STATE, needs: { ...DEFAULT_SHARE_STATE.needs, priceOverrides } };
    const r = decodeShareState(query(encodeShareState(state)), catalogue);
    expect(r.ok).toBe(true);
    expect(r.state.needs.priceOverrides).toEqual(priceOverrides);
  });

  it("refuses a link with two provider-wide overrides for one provider, naming the entry", () => {
    const twice = [...priceOverrides, { offerId: "cyberport-aisc-poc", scope: "provider" as const, discountPct: 9, currency: "HKD" as const }];
    const state = { ...DEFAULT_SHARE_STATE, needs: { ...DEFAULT_SHARE_STATE.needs, priceOverrides: twice } };
    const r = decodeShareState(query(encodeShareState(state)), catalogue);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.issues.map((i) => i.path.join("."))).toEqual(["needs.priceOverrides.2.offerId"]);
  });
});
