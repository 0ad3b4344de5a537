import { describe, expect, it } from "vitest";
import { contextAfter, quoteOf } from "../internal/testing";

describe("extractCues", () => {
  it("finds cue phrases with all their kinds, skipping names and grades", () => {
    const ctx = contextAfter(
      "Wigan Council was not rated good in every area after a focused visit to the council.",
      "extract-cues",
    );
    expect(
      ctx.cues.map(
        (c) =>
          `${quoteOf(ctx, c)}:${[...c.kinds].sort().join(",")}${c.visit ? `:${c.visit}` : ""}`,
      ),
    ).toEqual([
      "was:copula",
      "not:negation",
      "rated:rating-verb",
      "every area:all-areas",
      "focused visit:visit:focused-visit",
      "to:to",
      "the council:council-ref",
    ]);
    expect(ctx.inspectionContext).toBe(true);
  });

  it("reads 'back in' as looking back before a date, not in 'back in-house'", () => {
    const previous = (text: string): string[] => {
      const ctx = contextAfter(text, "extract-cues");
      return ctx.cues
        .filter((c) => c.kinds.has("previous"))
        .map((c) => quoteOf(ctx, c));
    };
    expect(previous("It was rated good back in 2019.")).toEqual(["back in"]);
    expect(previous("Services were brought back in-house in 2022.")).toEqual(
      [],
    );
  });

  it("records when a text never talks about inspections", () => {
    expect(
      contextAfter("The council was rated good by residents.", "extract-cues")
        .inspectionContext,
    ).toBe(false);
  });
});
