import { describe, expect, it } from "vitest";
import { csvCell, parseCsv, toCsv } from "./csv";

describe("parseCsv", () => {
  it("keeps each record's line and offsets, so cells can be cited", () => {
    const text = 'a,b\r\n1,2\n\n3,"x, ""y"""\n';
    const records = parseCsv(text);
    expect(records.map((r) => [r.line, r.cells.map((c) => c.value)])).toEqual([
      [1, ["a", "b"]],
      [2, ["1", "2"]],
      [4, ["3", 'x, "y"']],
    ]);
    for (const record of records) {
      expect(text.slice(record.start, record.end)).not.toMatch(/[\r\n]$/);
    }
    expect(text.slice(records[2]!.start, records[2]!.end)).toBe('3,"x, ""y"""');
  });

  it("counts lines inside quoted cells", () => {
    const records = parseCsv('a\n"two\nlines"\nb\n');
    expect(records.map((r) => [r.line, r.cells[0]?.value])).toEqual([
      [1, "a"],
      [2, "two\nlines"],
      [4, "b"],
    ]);
  });

  it("reads a last line without a line break and empty cells", () => {
    expect(parseCsv("x,,z").map((r) => r.cells.map((c) => c.value))).toEqual([
      ["x", "", "z"],
    ]);
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
    [12, "12"],
  ] as const)("writes %j as %s", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe("toCsv", () => {
  it("writes a header and CRLF-terminated rows", () => {
    expect(toCsv(["a", "b"], [["1", "x,y"]])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});
