import { describe, expect, it } from "vitest";
import { contextAfter, quoteOf } from "../internal/testing";

function names(text: string): string[] {
  const ctx = contextAfter(text, "extract-names");
  return ctx.names.map(
    (n) =>
      `${quoteOf(ctx, n)}:${n.kind}:${n.authorities.map((a) => a.gss).join("+")}`,
  );
}

describe("extractNames", () => {
  it.each([
    [
      "formal names with council words",
      "London Borough of Lewisham and Trafford Metropolitan Borough Council",
      [
        "London Borough of Lewisham:authority:E09000023",
        "Trafford Metropolitan Borough Council:authority:E08000009",
      ],
    ],
    [
      "names with and inside them",
      "Kensington and Chelsea, and Westminster",
      [
        "Kensington and Chelsea:authority:E09000020",
        "Westminster:authority:E09000033",
      ],
    ],
    [
      "a delivery body serving several councils",
      "Achieving for Children",
      ["Achieving for Children:body:E09000021+E09000027+E06000040"],
    ],
    ["a Welsh council", "Powys County Council", ["Powys:foreign:"]],
    ["a register acronym", "CWAC said", ["CWAC:authority:E06000050"]],
    [
      "a misspelt name",
      "Wolverhamton Council",
      ["Wolverhamton:authority:E08000031"],
    ],
  ])("finds %s", (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("accepts an acronym the text defines by naming the council first", () => {
    expect(
      names("Hertfordshire County Council was inspected. HCC was rated good."),
    ).toEqual([
      "Hertfordshire County Council:authority:E10000015",
      "HCC:authority:E10000015",
    ]);
  });

  it("skips a name that is part of a longer proper noun", () => {
    expect(
      names(
        "Pupils at Cumberland Park Academy and staff at Leeds Youth Justice Service were praised.",
      ),
    ).toEqual([]);
  });

  it("needs support for names that are also common words when they open a sentence", () => {
    expect(names("Reading the report was hard.")).toEqual([]);
    expect(names("Reading Borough Council said Reading was ready.")).toEqual([
      "Reading Borough Council:authority:E06000038",
      "Reading:authority:E06000038",
    ]);
  });

  it("reads a place name after a title, or a title and a given name, as a person", () => {
    expect(
      names(
        "Cllr Clare Sutton said Devon was ready. Dr. Bromley and Councillor Tom Kent agreed, as did Baroness Jane Hillingdon.",
      ),
    ).toEqual(["Devon:authority:E10000008"]);
  });

  it("keeps a council named after a person's title and a preposition", () => {
    expect(
      names(
        "Cllr Smith of Sutton Council, the Lord Mayor of Birmingham and Mr Jones, Bromley's director, spoke.",
      ),
    ).toEqual([
      "Sutton Council:authority:E09000029",
      "Birmingham:authority:E08000025",
      "Bromley:authority:E09000006",
    ]);
  });

  it("keeps a council name on the line after a title", () => {
    expect(names("Cllr Jo Bell\nSutton Council leader")).toEqual([
      "Sutton Council:authority:E09000029",
    ]);
  });

  it("keeps an unsupported ambiguous place as a place", () => {
    expect(names("In Richmond, the council said")).toEqual(["Richmond:place:"]);
  });
});

describe("extractNames, report front pages", () => {
  it("accepts a common-word name alone on its line", () => {
    expect(
      names("Reading\nInspection of children's social care services"),
    ).toEqual(["Reading:authority:E06000038"]);
  });
});
