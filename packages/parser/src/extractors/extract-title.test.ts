import { describe, expect, it } from "vitest";
import { contextAfter } from "../internal/testing";

describe("extractTitle", () => {
  it.each([
    [
      "the first headline-like line",
      "Wigan children's services rated good\n\nBy A Reporter\nMonday, May 6, 2019\n\nText.",
      "Wigan children's services rated good",
    ],
    [
      "a headline after a boilerplate label",
      "Press release\n\nOfsted rates Bolton good\n\nText.",
      "Ofsted rates Bolton good",
    ],
    [
      "nothing when the text opens with a sentence",
      "A council's services have been rated good by Ofsted.\nMore text.",
      null,
    ],
  ])("finds %s", (_name, text, expected) => {
    expect(contextAfter(text, "extract-title").title).toBe(expected);
  });
});
