import { describe, expect, it } from "vitest";
import { findDates, resolveDate, type DateParts } from "./dates";
import { tokenize } from "./tokenize";

function resolved(text: string, published?: DateParts): unknown[] {
  const tokens = tokenize(text);
  return findDates(tokens).map((d) => {
    const r = resolveDate(d.value, published);
    return r
      ? [
          r.year,
          r.month ?? null,
          r.day ?? null,
          r.endMonth ?? null,
          r.endDay ?? null,
        ]
      : null;
  });
}

const JAN_2020: DateParts = { year: 2020, month: 1, day: 14 };

describe("findDates and resolveDate", () => {
  it.each([
    ["a full date", "14 September 2016", [[2016, 9, 14, null, null]]],
    [
      "a US-style byline",
      "Wednesday, October 16, 2019",
      [[2019, 10, 16, null, null]],
    ],
    ["a day-first numeric date", "16/10/2019", [[2019, 10, 16, null, null]]],
    ["a two-digit year", "06/03/18", [[2018, 3, 6, null, null]]],
    ["an ISO date", "2024-03-11", [[2024, 3, 11, null, null]]],
    [
      "a range with one month",
      "between 4 and 15 November 2019",
      [[2019, 11, 4, 11, 15]],
    ],
    [
      "a range across months joined by 'between ... and'",
      "between 27 November and 8 December 2023",
      [[2023, 11, 27, 12, 8]],
    ],
    [
      "a range with 'the' and ordinals",
      "between the 24th April and the 5th May 2023",
      [[2023, 4, 24, 5, 5]],
    ],
    [
      "ordinal days joined by a dash",
      "4th-15th March 2024",
      [[2024, 3, 4, 3, 15]],
    ],
    [
      "a range across months",
      "14 September 2016 – 6 October 2016",
      [[2016, 9, 14, 10, 6]],
    ],
    [
      "a range across the new year",
      "from 28 November to 9 December 2022",
      [[2022, 11, 28, 12, 9]],
    ],
    ["a month range", "in February and March 2020", [[2020, 2, null, 3, null]]],
    ["a year", "in 2016", [[2016, null, null, null, null]]],
  ])("reads %s", (_name, text, expected) => {
    expect(resolved(text, JAN_2020)).toEqual(expected);
  });

  it.each([
    [
      "a later month is last year",
      "in October",
      [[2019, 10, null, null, null]],
    ],
    [
      "an earlier month is this year",
      "in January",
      [[2020, 1, null, null, null]],
    ],
    ["last November", "last November", [[2019, 11, null, null, null]]],
    ["last autumn", "last autumn", [[2019, 9, null, null, null]]],
    ["four years ago", "four years ago", [[2016, null, null, null, null]]],
    ["last year", "last year", [[2019, null, null, null, null]]],
    [
      "earlier this year",
      "earlier this year",
      [[2020, null, null, null, null]],
    ],
    [
      "a month and day this year",
      "between March 11 and 15 this year",
      [[2020, 3, 11, 3, 15]],
    ],
  ])("resolves %s against the publication date", (_name, text, expected) => {
    expect(resolved(text, JAN_2020)).toEqual(expected);
  });

  it("cannot resolve a relative date without a publication date", () => {
    expect(resolved("last November")).toEqual([null]);
  });

  it.each([
    ["a financial year", "2018/19"],
    ["a span of years", "between 2015 and 2017"],
    ["a sum of money", "£2016"],
  ])("gives no inspection year for %s", (_name, text) => {
    expect(resolved(text, JAN_2020).filter((r) => r !== null)).toEqual([]);
  });

  it("gives no date for next month or next week", () => {
    expect(findDates(tokenize("the letter is due next month"))).toEqual([]);
    expect(findDates(tokenize("inspectors arrive next week"))).toEqual([]);
  });

  it("does not read the modal verb may as a month", () => {
    expect(findDates(tokenize("the council may be rated good"))).toEqual([]);
  });

  it("dates 'N years later' from the last year given", () => {
    const tokens = tokenize("three years later");
    const [d] = findDates(tokens);
    expect(resolveDate(d!.value, JAN_2020, 2014)?.year).toBe(2017);
  });

  it("dates 'that year' to the last year given, and not at all without one", () => {
    for (const text of [
      "by the end of that year",
      "later that same year",
      "in the same year",
    ]) {
      const [d] = findDates(tokenize(text));
      expect(d?.value.relative).toEqual({ kind: "that-year" });
      expect(resolveDate(d!.value, JAN_2020, 2018)?.year).toBe(2018);
      expect(resolveDate(d!.value, JAN_2020)).toBeUndefined();
    }
    expect(findDates(tokenize("that year's budget"))).toEqual([]);
  });

  it("dates 'N years earlier' back from the last year given, and not at all without one", () => {
    const [d] = findDates(tokenize("four years earlier"));
    expect(resolveDate(d!.value, JAN_2020, 2019)?.year).toBe(2015);
    expect(resolveDate(d!.value, JAN_2020)).toBeUndefined();
  });
});
