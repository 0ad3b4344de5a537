import { describe, expect, it } from "vitest";
import { candidates } from "../internal/testing";

describe("extractRatingAnaphora", () => {
  it("applies the previous grade to the areas a 'The rating was for' sentence lists", () => {
    const text =
      "Ofsted rated Wigan good. The rating was for leadership and child protection.";
    expect(candidates(text, "extract-rating-anaphora")).toEqual([
      "Wigan|overall-effectiveness|good|current",
      "Wigan|leadership+help-and-protection|good|current",
    ]);
  });

  it("expands 'The judgment relates to all areas'", () => {
    expect(
      candidates(
        "Ofsted rated Bury outstanding. The judgment relates to all areas of children's services.",
        "extract-rating-anaphora",
      ),
    ).toContain("Bury|all|outstanding|current");
  });

  it("carries a grade over with 'So was'", () => {
    const text =
      "Ofsted judged Bury's help and protection to require improvement. So was leadership, management and governance.";
    expect(candidates(text, "extract-rating-anaphora")).toContain(
      "Bury|leadership|requires-improvement|current",
    );
  });

  it("does nothing without an earlier grade", () => {
    expect(
      candidates(
        "Ofsted visited. The rating was for leadership.",
        "extract-rating-anaphora",
      ),
    ).toEqual([]);
  });
});
