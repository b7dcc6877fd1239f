import { beforeEach, describe, expect, it, vi } from "vitest";

const { getMessages } = vi.hoisted(() => ({ getMessages: vi.fn() }));
vi.mock("next-intl/server", () => ({ getMessages }));

import { clientMessages } from "@/lib/i18n/client-messages";

const ALL = {
  common: { appName: "Compute Advisor" },
  nav: { home: "Home" },
  labels: { tool: { slurm: "Slurm" } },
  advisor: { title: "Advisor" },
};

describe("clientMessages", () => {
  beforeEach(() => {
    getMessages.mockReset();
    getMessages.mockResolvedValue(ALL);
  });

  it("returns only the requested namespaces, untouched", async () => {
    const out = await clientMessages(["common", "labels"]);
    expect(out).toEqual({ common: ALL.common, labels: ALL.labels });
    expect(Object.keys(out)).not.toContain("nav");
    expect(getMessages).toHaveBeenCalledTimes(1);
  });

  it("gives {} for a namespace the request's messages lack", async () => {
    expect(await clientMessages(["advisor", "reasons"])).toEqual({ advisor: ALL.advisor, reasons: {} });
  });

  it("returns {} for no namespaces (a page with no client translations sends none)", async () => {
    expect(await clientMessages([])).toEqual({});
  });
});
