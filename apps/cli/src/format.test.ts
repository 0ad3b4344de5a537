import { describe, expect, it } from "vitest";
import { formatColumns } from "./format";

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
