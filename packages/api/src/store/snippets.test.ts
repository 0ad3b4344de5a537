import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { pieces, SnippetMaker } from "./snippets";

describe("pieces", () => {
  it("covers a text in overlapping pieces cut at spaces", () => {
    const text = Array.from({ length: 5000 }, (_, i) => `word${i}`).join(" ");
    const ranges = pieces(text);
    expect(ranges.length).toBeGreaterThan(4);
    expect(ranges[0]?.start).toBe(0);
    expect(ranges.at(-1)?.end).toBe(text.length);
    for (const [i, range] of ranges.entries()) {
      expect(range.end - range.start).toBeLessThanOrEqual(8192);
      if (range.end < text.length) expect(text[range.end - 1]).toBe(" ");
      const next = ranges[i + 1];
      if (next) {
        expect(next.start).toBeLessThan(range.end);
        expect(next.start).toBeGreaterThan(range.start);
      }
    }
  });

  it("gives one piece for a short text, and for an empty one", () => {
    expect(pieces("a short article")).toEqual([{ start: 0, end: 15 }]);
    expect(pieces("")).toEqual([{ start: 0, end: 0 }]);
  });

  it("cuts a text without spaces without splitting a surrogate pair", () => {
    const text = "x".repeat(8191) + "😀".repeat(10);
    const [first] = pieces(text);
    expect(first?.end).toBe(8191);
  });
});

describe("SnippetMaker", () => {
  const db = new Database(":memory:");
  const maker = new SnippetMaker(db);
  afterAll(() => db.close());
  const show = (snippet: string) =>
    snippet.replaceAll("\u0001", "[").replaceAll("\u0002", "]");

  it("marks the matches of a short article as FTS5 does, title included", () => {
    const document = {
      title: "Westminster rated good",
      text: "Ofsted rated the children's services of Westminster good in 2019.",
    };
    expect(show(maker.snippet(document, "rating", "\u0001", "\u0002"))).toBe(
      "Westminster [rated] good",
    );
    expect(
      show(maker.snippet(document, "text:rating", "\u0001", "\u0002")),
    ).toBe(
      "Ofsted [rated] the children's services of Westminster good in 2019.",
    );
  });

  it("cuts the snippet from the piece where a long document matches, with ellipses", () => {
    const document = {
      title: null,
      text: `${"filler ".repeat(20_000)}the needle is here ${"filler ".repeat(20_000)}`,
    };
    const snippet = show(maker.snippet(document, "needle", "\u0001", "\u0002"));
    expect(snippet).toMatch(/^….*the \[needle\] is here.*…$/);
  });

  it("answers quickly enough for a document that repeats the word 100,000 times", () => {
    const document = {
      title: null,
      text: "outstanding ".repeat(100_000),
    };
    // Straight from one index this took minutes; a hang here fails through the test timeout.
    expect(
      show(maker.snippet(document, "outstanding", "\u0001", "\u0002")),
    ).toMatch(/(?:\[outstanding\] ){10}/);
  });
});
