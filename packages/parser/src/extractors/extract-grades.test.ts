import { describe, expect, it } from "vitest";
import { contextAfter, quoteOf } from "../internal/testing";

function grades(text: string): string[] {
  const ctx = contextAfter(text, "extract-grades");
  return ctx.grades.map((g) => `${quoteOf(ctx, g)}=${g.grade}`);
}

describe("extractGrades", () => {
  it.each([
    ["a bare grade", "rated good by Ofsted", ["good=good"]],
    [
      "the long form of requires improvement",
      "judged 'Requires Improvement to be Good'",
      ["Requires Improvement to be Good=requires-improvement"],
    ],
    [
      "an abbreviation",
      "judged RI2BG and RI",
      ["RI2BG=requires-improvement", "RI=requires-improvement"],
    ],
    [
      "a superlative",
      "given the highest possible rating and Ofsted's lowest rating",
      ["highest possible rating=outstanding", "lowest rating=inadequate"],
    ],
    ["'rated failing'", "It was rated failing", ["failing=inadequate"]],
  ])("finds %s", (_name, text, expected) => {
    expect(grades(text)).toEqual(expected);
  });

  it.each([
    [
      "praise adjectives",
      "good support, outstanding commitment and very good plans",
    ],
    ["coordinated adjectives", "more good and outstanding schools"],
    [
      "a comparison",
      "its best rating since 2013 and its highest grade in a decade",
    ],
    ["'failing' without a rating verb", "the failing council"],
  ])("ignores %s", (_name, text) => {
    expect(grades(text)).toEqual([]);
  });

  it("drops a wrapped 'to be good' tail of requires improvement", () => {
    expect(
      grades("Requires improvement   and protection   to be good"),
    ).toEqual(["Requires improvement=requires-improvement"]);
  });
});
