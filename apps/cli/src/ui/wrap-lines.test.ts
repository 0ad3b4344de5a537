import { describe, expect, it } from "vitest";
import { lineIndexAt, wrapLines } from "./wrap-lines";

const show = (text: string, width: number) =>
  wrapLines(text, width).map((l) => text.slice(l.start, l.end));

describe("wrapLines", () => {
  it("breaks at spaces and keeps offsets into the text", () => {
    const text = "Kensington and Chelsea was judged outstanding";
    expect(show(text, 16)).toEqual([
      "Kensington and",
      "Chelsea was",
      "judged",
      "outstanding",
    ]);
  });

  it("breaks at every newline and keeps empty lines", () => {
    expect(show("one\n\ntwo", 10)).toEqual(["one", "", "two"]);
  });

  it("cuts a word longer than the width", () => {
    expect(show("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
  });

  it("finds the line holding an offset", () => {
    const text = "Kensington and Chelsea was judged outstanding";
    const lines = wrapLines(text, 16);
    expect(lineIndexAt(lines, text.indexOf("outstanding"))).toBe(3);
    expect(lineIndexAt(lines, 0)).toBe(0);
    expect(lineIndexAt(lines, text.indexOf("Chelsea"))).toBe(1);
  });
});
