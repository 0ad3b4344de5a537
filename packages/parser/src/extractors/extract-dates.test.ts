import { describe, expect, it } from "vitest";
import { contextAfter, quoteOf } from "../internal/testing";

describe("extractDates", () => {
  it("finds every date expression and covers its tokens", () => {
    const ctx = contextAfter(
      "Rated inadequate in 2014 and four years ago; inspected between 4 and 15 November.",
      "extract-dates",
    );
    expect(ctx.dates.map((d) => quoteOf(ctx, d))).toEqual([
      "2014",
      "four years ago",
      "4 and 15 November",
    ]);
    expect(ctx.dateAt[ctx.dates[0]!.start]).toBe(0);
  });
});
