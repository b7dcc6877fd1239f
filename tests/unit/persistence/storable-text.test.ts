import { describe, expect, it } from "vitest";
import { z } from "zod";
import { storableText } from "@/lib/persistence/storable-text";

const NUL = "\u0000";

/** The custom issue the refinement raises, if any. */
function nulIssue(result: z.ZodSafeParseResult<unknown>) {
  return result.success ? undefined : result.error.issues.find((i) => i.code === "custom");
}

describe("storableText", () => {
  const name = storableText(z.string().trim().min(1).max(40));

  it.each(["Acme AI", "香港科技公司", "tab\tand\nnewline", "emoji 🚀", "\u0001 other control chars"])(
    "accepts ordinary text %j and returns the inner schema's output",
    (s) => {
      expect(name.parse(`  ${s}  `)).toBe(s.trim());
    },
  );

  it.each([NUL, `Acme${NUL}`, `${NUL}Acme`, `Ac${NUL}me`])("refuses text containing NUL: %j", (s) => {
    const result = name.safeParse(s);
    expect(result.success).toBe(false);
    expect(nulIssue(result)?.params).toEqual({ key: "no-nul" });
  });

  it("keeps the inner schema's own rules (too long, empty after trim)", () => {
    expect(name.safeParse("x".repeat(41)).success).toBe(false);
    expect(name.safeParse("   ").success).toBe(false);
  });

  it("reports the NUL issue on the field's path inside an object", () => {
    const record = z.object({ client: storableText(z.string()) });
    const result = record.safeParse({ client: `a${NUL}b` });
    expect(result.success).toBe(false);
    expect(nulIssue(result)?.path).toEqual(["client"]);
  });

  it("lets an optional field stay absent but still checks it when present", () => {
    const notes = storableText(z.string().optional());
    expect(notes.safeParse(undefined).success).toBe(true);
    expect(notes.parse("fine")).toBe("fine");
    expect(notes.safeParse(`bad${NUL}`).success).toBe(false);
  });
});
