import { describe, expect, it } from "vitest";
import { csvCell, formatColumns, toCsv } from "./format";

describe("formatColumns", () => {
  it("pads every column but the last to its widest cell", () => {
    expect(
      formatColumns(
        ["name", "grade"],
        [
          ["Westminster", "Outstanding"],
          ["Barnet", "Good"],
        ],
      ),
    ).toBe("name         grade\nWestminster  Outstanding\nBarnet       Good");
  });
});

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['say "good"', '"say ""good"""'],
    ["=SUM(A1)", "'=SUM(A1)"],
    [null, ""],
    [3, "3"],
  ])("writes %j as %s", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("writes a header and CRLF-terminated rows", () => {
    expect(toCsv(["a", "b"], [["1", "x,y"]])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});
