import { describe, expect, it } from "vitest";
import { splitSentences } from "./segment";
import { tokenize } from "./tokenize";

function sentences(text: string): string[] {
  const tokens = tokenize(text);
  return splitSentences(tokens).map((s) =>
    text.slice(tokens[s.start]!.start, tokens[s.end - 1]!.end),
  );
}

describe("splitSentences", () => {
  it.each([
    [
      "splits on full stops before a capital",
      "Wigan was rated good. Inspectors praised it.",
      ["Wigan was rated good.", "Inspectors praised it."],
    ],
    [
      "keeps abbreviations and initials",
      "Cllr. Jones met Mr. J. Smith today.",
      ["Cllr. Jones met Mr. J. Smith today."],
    ],
    [
      "keeps decimals and list numbers",
      "Section 2.1 covers adoption.",
      ["Section 2.1 covers adoption."],
    ],
    [
      "ends a heading line",
      "Council rated good\nThe council was rated good.",
      ["Council rated good", "The council was rated good."],
    ],
    [
      "joins a wrapped line",
      "Inspection of services for children in need of help and protection,\nchildren looked after and care leavers",
      [
        "Inspection of services for children in need of help and protection,\nchildren looked after and care leavers",
      ],
    ],
    [
      "joins a grade on the line under its label",
      "1. Children who need help and protection\nRequires improvement",
      ["1. Children who need help and protection\nRequires improvement"],
    ],
    [
      "ends each list item",
      "- Leadership: good\n- Adoption: good",
      ["- Leadership: good", "- Adoption: good"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it("marks clause starts at semicolons and contrast words", () => {
    const tokens = tokenize(
      "A was good; B was bad, while C was fine, with D rated good.",
    );
    const [s] = splitSentences(tokens);
    expect(s!.clauses.map((c) => tokens[c]!.norm)).toEqual([
      "a",
      "b",
      "while",
      "with",
    ]);
  });
});
