import { describe, expect, it } from "vitest";
import { fieldworkIn, frameworkYears, weekdayYear } from "./weekday-year";

describe("weekdayYear", () => {
  it.each([
    [
      "one week, 11 to 15 March, after 2019",
      { month: 3, day: 11, endDay: 15 },
      2019,
      2024,
    ],
    [
      "two weeks, 14 to 25 March, after 2017",
      { month: 3, day: 14, endDay: 25 },
      2017,
      2022,
    ],
    [
      "across months, 28 February to 4 March, after 2020",
      { month: 2, day: 28, endMonth: 3, endDay: 4 },
      2020,
      2022,
    ],
  ])("dates %s", (_name, range, after, expected) => {
    expect(weekdayYear(range, after)).toBe(expected);
  });

  it("returns undefined when no year in the frameworks' span fits", () => {
    // 12 March is a Monday in 2018 and next in 2029, past the last framework year plus one.
    expect(
      weekdayYear({ month: 3, day: 12, endDay: 16 }, 2018),
    ).toBeUndefined();
  });

  it("returns undefined for a range that is not one to three working weeks", () => {
    expect(
      weekdayYear({ month: 3, day: 11, endDay: 13 }, 2019),
    ).toBeUndefined();
  });

  it("never goes before the first framework year", () => {
    // 11 March is also a Monday in 2002, before any framework.
    expect(weekdayYear({ month: 3, day: 11, endDay: 15 }, 2000)).toBe(2013);
  });
});

describe("fieldworkIn", () => {
  it("rejects a day the month does not have", () => {
    expect(
      fieldworkIn({ month: 6, day: 27, endMonth: 6, endDay: 31 }, 2022),
    ).toBeUndefined();
  });
});

describe("frameworkYears", () => {
  it("spans the first framework's start to the year after the last one starts or ends", () => {
    expect(frameworkYears()).toEqual({ first: 2013, last: 2027 });
  });
});
