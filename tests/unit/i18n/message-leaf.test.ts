import { describe, expect, it } from "vitest";
import { messageLeaf } from "@/lib/i18n/message-leaf";

const tree = { figure: { price: { perHour: "Price per hour" } }, title: "Title" };

describe("messageLeaf", () => {
  it.each([
    ["figure.price.perHour", "Price per hour"],
    ["title", "Title"],
    ["figure.price", undefined], // a namespace, not a message
    ["title.more", undefined], // past a string
    ["figure.nope.perHour", undefined], // ends early
    ["", undefined],
  ])("%s → %s", (path, expected) => {
    expect(messageLeaf(tree, path)).toBe(expected);
  });

  it("reads nothing from a tree that is not an object", () => {
    expect(messageLeaf(undefined, "a")).toBeUndefined();
    expect(messageLeaf(null, "a")).toBeUndefined();
    expect(messageLeaf("text", "a")).toBeUndefined();
  });
});
