import { describe, expect, it } from "vitest";
import { contextAfter } from "../internal/testing";

function dated(text: string, published?: string): string[] {
  const ctx = contextAfter(
    text,
    "resolve-times",
    published ? { published } : {},
  );
  return ctx.datedJudgements.map(
    (d) =>
      `${d.authority.name}|${d.candidate.grade}|${d.date.year}${d.date.month ? `-${d.date.month}` : ""}|${d.date.origin}`,
  );
}

describe("resolveTimes", () => {
  it("dates the reported inspection from an inspection-date statement", () => {
    expect(
      dated(
        "Ofsted rated Wigan good. Inspectors visited in October.",
        "2020-01-20",
      ),
    ).toEqual(["Wigan|good|2019-10|statement"]);
  });

  it("falls back to the publication year", () => {
    expect(dated("Ofsted rated Wigan good.", "2020-01-20")).toEqual([
      "Wigan|good|2020|published",
    ]);
  });

  it("keeps an old fieldwork date for a grade stated as new in a round-up of several councils, not in a one-council story", () => {
    expect(
      dated(
        "Sheffield and Barnsley were both inspected in September 2023. Sheffield has been judged good. Barnsley has also been rated good. Rotherham has been rated outstanding.",
        "2026-02-02",
      ),
    ).toEqual([
      "Sheffield|good|2023-9|statement",
      "Barnsley|good|2023-9|statement",
      "Rotherham|outstanding|2026|published",
    ]);
    expect(
      dated(
        "Wigan has been rated good by Ofsted. Inspectors visited in March 2021 and found serious failings.",
        "2025-06-20",
      ),
    ).toEqual(["Wigan|good|2025|published"]);
  });

  it("dates a grade given on a report's day to the fieldwork in the months before", () => {
    expect(
      dated(
        "Ofsted rated Wigan inadequate on 10 January. The inspection took place in November and December 2024.",
        "2025-08-10",
      ),
    ).toEqual(["Wigan|inadequate|2024-11|statement"]);
  });

  it("warns when the publication year stands in for fieldwork that may be the year before", () => {
    const messages = (published: string): string[] =>
      contextAfter("Ofsted rated Wigan good.", "resolve-times", {
        published,
      })
        .diagnostics.filter((d) => d.ruleId === "resolve-times")
        .map((d) => `${d.severity}: ${d.message}`);
    expect(messages("2020-01-20")).toEqual([
      "warning: year 2020 for the inspection of Wigan taken from the publication date 2020-01-20: the text dates no fieldwork, which may have been in 2019",
    ]);
    expect(messages("2020-06-20")).toEqual([
      "info: year 2020 for the inspection of Wigan taken from the publication date: the text dates no fieldwork",
    ]);
  });

  it("infers the year of an undated Monday-to-Friday range from the weekdays, after the earlier inspection", () => {
    expect(
      dated(
        "Ofsted rated Hammersmith and Fulham outstanding, up from good in 2019. The visit took place between March 11 and 15 this year.",
      ),
    ).toEqual([
      "Hammersmith and Fulham|outstanding|2024-3|weekdays",
      "Hammersmith and Fulham|good|2019|text",
    ]);
  });

  it("gives an earlier grade the one year the text states for the last inspection", () => {
    expect(
      dated(
        "Ofsted rated Wigan good, up from inadequate. Wigan was last inspected in 2016.",
        "2020-01-20",
      ),
    ).toEqual(["Wigan|good|2020|published", "Wigan|inadequate|2016|previous"]);
  });

  it("drops a grade that cannot be dated", () => {
    expect(dated("Ofsted rated Wigan good.")).toEqual([]);
  });

  it("treats an undated grade in a monitoring-visit story as the earlier grade", () => {
    expect(
      dated(
        "Ofsted's fourth monitoring visit found Wigan, rated inadequate, making progress.",
        "2020-01-20",
      ),
    ).toEqual([]);
  });
});

describe("resolveTimes, weekdays", () => {
  function diagnostics(text: string, published?: string): string[] {
    return contextAfter(
      text,
      "resolve-times",
      published ? { published } : {},
    ).diagnostics.map((d) => `${d.severity}: ${d.message}`);
  }

  it("says the year was inferred from the weekdays", () => {
    expect(
      diagnostics(
        "Ofsted rated Wigan good, up from inadequate in 2017. Inspectors visited between 14 and 25 March.",
      ),
    ).toContain(
      "warning: year 2022 inferred from the weekdays: the first year after 2017 in which the inspection of Wigan runs Monday 2022-03-14 to Friday 2022-03-25",
    );
  });

  it("guesses no year when no year after the earlier inspection fits, and says so", () => {
    const text =
      "Ofsted rated Wigan good, up from inadequate in 2018. Inspectors visited between 12 and 16 March.";
    expect(dated(text)).toEqual(["Wigan|inadequate|2018|text"]);
    expect(diagnostics(text)).toContain(
      "info: no year for the inspection of Wigan: no year after 2018 has the stated days running Monday to Friday",
    );
  });

  it("guesses no year when the text gives no earlier year to count from", () => {
    expect(
      dated(
        "Ofsted rated Wigan good. Inspectors visited between March 11 and 15.",
      ),
    ).toEqual([]);
  });

  it("uses the publication date, not the weekdays, when the text has one", () => {
    expect(
      dated(
        "Ofsted rated Wigan good, up from inadequate in 2017. Inspectors visited between March 11 and 15.",
        "2021-05-02",
      ),
    ).toEqual(["Wigan|good|2021-3|statement", "Wigan|inadequate|2017|text"]);
  });

  it("does not take a year from the weekdays for a month without days", () => {
    expect(
      dated(
        "Ofsted rated Hammersmith and Fulham outstanding, up from good in 2019. The visit took place in March this year.",
      ),
    ).toEqual(["Hammersmith and Fulham|good|2019|text"]);
  });
});
