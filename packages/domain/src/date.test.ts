import { describe, expect, it } from "vitest";
import {
  IsoDateSchema,
  PartialDateSchema,
  areDatesConsistent,
  datePrecision,
  endOfPartialDate,
  startOfPartialDate,
  yearOf,
} from "./date";
import { addDays, addMonths, daysBetween } from "./internal/date-math";

describe("partial dates", () => {
  it.each([
    ["2019", "year", "2019-01-01", "2019-12-31"],
    ["2019-02", "month", "2019-02-01", "2019-02-28"],
    ["2020-02", "month", "2020-02-01", "2020-02-29"],
    ["2019-03-11", "day", "2019-03-11", "2019-03-11"],
  ] as const)(
    "reads %s as a %s from %s to %s",
    (date, precision, start, end) => {
      expect(PartialDateSchema.parse(date)).toBe(date);
      expect(datePrecision(date)).toBe(precision);
      expect(startOfPartialDate(date)).toBe(start);
      expect(endOfPartialDate(date)).toBe(end);
      expect(yearOf(date)).toBe(Number(date.slice(0, 4)));
    },
  );

  it("rejects malformed dates", () => {
    for (const bad of [
      "19",
      "2019-13",
      "2019-00-10",
      "2019-02-32",
      "2019/02/01",
      "2019-2-1",
    ]) {
      expect(PartialDateSchema.safeParse(bad).success).toBe(false);
    }
    expect(IsoDateSchema.safeParse("2019-02").success).toBe(false);
  });

  it("treats dates as consistent when one is a prefix of the other", () => {
    expect(areDatesConsistent("2019", "2019-03-11")).toBe(true);
    expect(areDatesConsistent("2019-03-11", "2019-03")).toBe(true);
    expect(areDatesConsistent("2019-03", "2019-04-01")).toBe(false);
    expect(areDatesConsistent("2018", "2019")).toBe(false);
  });
});

describe("date arithmetic", () => {
  it("adds months, clamping to the end of a shorter month", () => {
    expect(addMonths("2019-01-31", 1)).toBe("2019-02-28");
    expect(addMonths("2020-02-29", 12)).toBe("2021-02-28");
    expect(addMonths("2019-11-15", 3)).toBe("2020-02-15");
    expect(addMonths("2019-03-15", -3)).toBe("2018-12-15");
  });

  it("adds and counts days across month and year ends", () => {
    expect(addDays("2018-12-28", 6)).toBe("2019-01-03");
    expect(daysBetween("2018-12-28", "2019-01-03")).toBe(6);
    expect(daysBetween("2019-03-13", "2019-03-11")).toBe(-2);
  });
});
