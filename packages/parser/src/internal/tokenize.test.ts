import { describe, expect, it } from "vitest";
import { tokenize } from "./tokenize";

describe("tokenize", () => {
  it("drops possessives and reads & as and", () => {
    expect(
      tokenize("Hammersmith & Fulham's children's services").map((t) => t.norm),
    ).toEqual(["hammersmith", "and", "fulham", "children", "services"]);
  });

  it("joins words glued by hyphens", () => {
    expect(
      tokenize("looked-after children in Stockton-on-Tees").map((t) => t.norm),
    ).toEqual(["looked", "after", "children", "in", "stockton", "on", "tees"]);
  });

  it("folds curly quotes and dashes", () => {
    expect(tokenize("‘Good’ – “Outstanding”").map((t) => t.norm)).toEqual([
      "'",
      "good",
      "'",
      "-",
      '"',
      "outstanding",
      '"',
    ]);
  });

  it("splits footnote digits from words", () => {
    expect(tokenize("Board1 20163").map((t) => t.norm)).toEqual([
      "board",
      "1",
      "20163",
    ]);
  });

  it("keeps offsets that quote the text exactly", () => {
    const text = "Ofsted’s report: Wigan Council’s services are ‘good’.";
    for (const t of tokenize(text))
      expect(
        text.slice(t.start, t.end).toLowerCase().replace(/[‘’]/g, "'"),
      ).toBe(t.norm === "and" ? "&" : t.norm);
  });

  it("reads a wrapped two-column table row as its label, then its grade", () => {
    const text = [
      "2.2 Experiences and progress of care        Requires",
      "    leavers                                  improvement",
      "3. Leadership                                Good",
    ].join("\n");
    const words = tokenize(text)
      .filter((t) => t.kind === "word")
      .map((t) => t.norm);
    expect(words).toEqual([
      "experiences",
      "and",
      "progress",
      "of",
      "care",
      "leavers",
      "requires",
      "improvement",
      "leadership",
      "good",
    ]);
  });

  it("marks right-hand cells and line breaks", () => {
    const [first, grade] = tokenize("Leadership      Good\nNext line");
    expect(first?.cell).toBe(false);
    expect(grade?.cell).toBe(true);
    expect(tokenize("a\n\nb")[1]?.nl).toBe(2);
  });

  it("splits cells at dot leaders, tabs and wide gaps, not at two spaces or an ellipsis", () => {
    const cells = (text: string): string[] =>
      tokenize(text)
        .filter((t) => t.kind !== "punct")
        .map((t) => (t.cell ? `[${t.norm}]` : t.norm));
    expect(cells("Overall effectiveness ........ Inadequate")).toEqual([
      "overall",
      "effectiveness",
      "[inadequate]",
    ]);
    expect(cells("Overall effectiveness . . . . . Good")).toEqual([
      "overall",
      "effectiveness",
      "[good]",
    ]);
    expect(cells("Leadership\tGood")).toEqual(["leadership", "[good]"]);
    expect(cells("Care leavers\u00a0\u00a0\u00a0Good")).toEqual([
      "care",
      "leavers",
      "[good]",
    ]);
    expect(cells("Help and protection  Good")).toEqual([
      "help",
      "and",
      "protection",
      "good",
    ]);
    expect(cells("Wait... then . . a word")).toEqual([
      "wait",
      "then",
      "a",
      "word",
    ]);
  });

  it("returns no tokens for whitespace", () => {
    expect(tokenize(" \n\t ")).toEqual([]);
  });
});
