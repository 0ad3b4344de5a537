import { describe, expect, it } from "vitest";
import { contextAfter, quoteOf } from "../internal/testing";

function areas(text: string): string[] {
  const ctx = contextAfter(text, "extract-areas");
  return ctx.areas.map((a) => `${quoteOf(ctx, a)}=${a.areas.join("+")}`);
}

describe("extractAreas", () => {
  it.each([
    [
      "Ofsted's labels",
      "Children looked after and achieving permanence; Leadership, management and governance",
      [
        "Children looked after and achieving permanence=children-in-care",
        "Leadership, management and governance=leadership",
      ],
    ],
    [
      "synonyms",
      "LAC services, leaving care and child protection",
      [
        "LAC=children-in-care",
        "leaving care=care-leavers",
        "child protection=help-and-protection",
      ],
    ],
    ["a local board acronym", "The SSCB was reviewed", ["SSCB=lscb"]],
    [
      "help and protection as a verb phrase",
      "outstanding for the way we help and protect children",
      ["help and protect children=help-and-protection"],
    ],
    [
      "'overall' right after a grade",
      "rated good overall",
      ["overall=overall-effectiveness"],
    ],
  ])("finds %s", (_name, text, expected) => {
    expect(areas(text)).toEqual(expected);
  });

  it("ignores a bare 'overall' that is not next to a grade, and adoption agencies", () => {
    expect(areas("the overall picture of the adoption agency")).toEqual([]);
  });

  it("reads 'the board' as the LSCB only after one is named", () => {
    expect(areas("The board met.")).toEqual([]);
    expect(
      areas(
        "The Local Safeguarding Children Board was reviewed. The board was good.",
      ),
    ).toEqual(["Local Safeguarding Children Board=lscb", "The board=lscb"]);
  });
});
