import { describe, expect, it } from "vitest";
import {
  daysBetween,
  formatDate,
  formatDateShort,
  formatDays,
  plural,
} from "./format";

describe("formatDate", () => {
  it.each([
    ["2019-10-16", "16 October 2019"],
    ["2019-10", "October 2019"],
    ["2019", "2019"],
    [null, "–"],
  ])("formats %s as %s", (input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });

  it("shortens the month for tables", () => {
    expect(formatDateShort("2024-06-03")).toBe("3 Jun 2024");
  });
});

describe("formatDays and plural", () => {
  it("uses the singular for one", () => {
    expect(formatDays(1)).toBe("1 day");
    expect(plural(1, "inspection")).toBe("1 inspection");
  });

  it("groups thousands", () => {
    expect(formatDays(1204)).toBe("1,204 days");
  });
});

describe("daysBetween", () => {
  const today = new Date("2026-07-01T15:30:00Z");

  it("counts whole days to today, ignoring the time of day", () => {
    expect(daysBetween("2026-06-30", today)).toBe(1);
    expect(daysBetween("2026-07-01", today)).toBe(0);
  });

  it("is negative for a later date and counts a partial date from its first day", () => {
    expect(daysBetween("2026-07-11", today)).toBe(-10);
    expect(daysBetween("2026-06", today)).toBe(30);
  });
});
