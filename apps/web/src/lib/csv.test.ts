import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['say "good"', '"say ""good"""'],
    ["=SUM(A1)", "'=SUM(A1)"],
    [null, ""],
    [12, "12"],
  ] as const)("writes %s as %s", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe("toCsv", () => {
  it("writes a header and CRLF-terminated rows", () => {
    expect(toCsv(["a", "b"], [["1", "x,y"]])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});
