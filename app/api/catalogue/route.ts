import { NextResponse } from "next/server";
import { catalogue } from "@/lib/catalogue/catalogue";

export const dynamic = "force-static";

/** GET /api/catalogue — the validated catalogue; every offer carries its sources (url, asOf, basis, covers). */
export function GET() {
  return NextResponse.json({
    version: catalogue.version,
    reviewedOn: catalogue.reviewedOn,
    referenceModel: catalogue.referenceModel,
    referenceCpuModel: catalogue.referenceCpuModel,
    offers: catalogue.offers,
    accelerators: catalogue.accelerators,
    fx: catalogue.fx,
    subsidies: catalogue.subsidies,
  });
}
