import { describe, expect, it } from "vitest";
import { chromiumPath } from "@/lib/consultations/render-pdf";

const present = (paths: string[]) => (p: string) => paths.includes(p);

describe("chromiumPath (the PDF printer's browser)", () => {
  it("uses CHROMIUM_PATH when it exists", () => {
    expect(chromiumPath({ CHROMIUM_PATH: "/opt/chrome" }, ["/usr/bin/chromium"], present(["/opt/chrome", "/usr/bin/chromium"]))).toBe(
      "/opt/chrome",
    );
  });
  it("reports a wrong CHROMIUM_PATH as no browser (the route then answers 503 with the install hint)", () => {
    expect(chromiumPath({ CHROMIUM_PATH: "/nope" }, ["/usr/bin/chromium"], present(["/usr/bin/chromium"]))).toBeNull();
  });
  it("falls back to the first system Chromium, or none", () => {
    expect(chromiumPath({}, ["/a", "/b"], present(["/b"]))).toBe("/b");
    expect(chromiumPath({}, ["/a", "/b"], present([]))).toBeNull();
  });
});
