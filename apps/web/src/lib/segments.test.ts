import { describe, expect, it } from "vitest";
import { segmentText } from "./segments";

describe("segmentText", () => {
  it("covers the text exactly, in order", () => {
    const text = "Ofsted rated Barnet good in 2019.";
    const segments = segmentText(text, [{ start: 13, end: 24 }]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.map((s) => [s.text, s.spans])).toEqual([
      ["Ofsted rated ", []],
      ["Barnet good", [0]],
      [" in 2019.", []],
    ]);
  });

  it("splits overlapping spans into pieces that list every covering span", () => {
    const segments = segmentText("abcdef", [
      { start: 0, end: 4 },
      { start: 2, end: 6 },
      { start: 2, end: 6 },
    ]);
    expect(segments.map((s) => [s.text, s.spans])).toEqual([
      ["ab", [0]],
      ["cd", [0, 1, 2]],
      ["ef", [1, 2]],
    ]);
  });

  it("clips spans that run past the text", () => {
    expect(
      segmentText("abc", [{ start: 1, end: 99 }]).map((s) => s.text),
    ).toEqual(["a", "bc"]);
  });
});
