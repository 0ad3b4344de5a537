import { describe, expect, it } from "vitest";
import { contextAfter } from "../internal/testing";

describe("extractPublished", () => {
  it.each([
    [
      "a byline date",
      "Headline here\n\nWednesday, October 16, 2019\n\nText.",
      "2019-10-16",
    ],
    ["a labelled date", "Published: 11 December 2019\n\nText.", "2019-12-11"],
    [
      "a dd/mm/yy dateline",
      "WALSALL, 14/02/17 - Walsall Council's services require improvement.",
      "2017-02-14",
    ],
    [
      "a meeting header",
      "Meeting: 23/01/2020 - Cabinet (Item 47.)\n\nMinutes.",
      "2020-01-23",
    ],
    [
      "a report's publication label at the end",
      "Inspection dates: 8 July to 19 July 2024\n\nText.\n\nDate published: 4 September 2024",
      "2024-09-04",
    ],
    [
      "a weekday that fixes the year",
      "Ofsted's report, published today (Friday 9 March), rates the council good. The framework dates from 2013 and changes in 2018.",
      "2018-03-09",
    ],
  ])("reads %s", (_name, text, expected) => {
    expect(contextAfter(text, "extract-published").published.iso).toBe(
      expected,
    );
  });

  it("does not take an inspection date for the publication date", () => {
    expect(
      contextAfter(
        "Inspection dates: 14/03/2022 to 25/03/2022\n\nIt follows an inspection carried out between 5 and 16 February 2024.",
        "extract-published",
      ).published.iso,
    ).toBeNull();
  });

  it("falls back to the caller's date and resolves relative dates against it", () => {
    const ctx = contextAfter(
      "Inspectors visited last November.",
      "extract-published",
      { published: "2020-02-03" },
    );
    expect(ctx.published.iso).toBe("2020-02-03");
    expect(ctx.dates[0]?.resolved).toMatchObject({ year: 2019, month: 11 });
  });
});

describe("extractPublished, late labels", () => {
  it("reads 'First published on' at the end of an article", () => {
    expect(
      contextAfter(
        "Headline\n\nText about Ofsted.\n\nFirst published on Monday 3 June 2019",
        "extract-published",
      ).published.iso,
    ).toBe("2019-06-03");
  });
});

describe("extractPublished, 'that year'", () => {
  it("resolves 'that year' to a year the story gave in the same or the sentence before", () => {
    const ctx = contextAfter(
      "Published: 3 May 2024\n\nThe trust was set up in April 2018. By the end of that year an inspection had rated it good.",
      "extract-published",
    );
    expect(ctx.dates.map((d) => d.resolved?.year)).toEqual([2024, 2018, 2018]);
  });

  it("leaves 'that year' unresolved when the last year is further back or only the byline's", () => {
    const ctx = contextAfter(
      "Published: 3 May 2024\n\nThe trust was set up in 2018. It has a new board. Staff turnover fell. By the end of that year it was rated good.",
      "extract-published",
    );
    expect(ctx.dates.map((d) => d.resolved?.year)).toEqual([
      2024,
      2018,
      undefined,
    ]);
    const byline = contextAfter(
      "Published: 3 May 2024\n\nBy the end of that year it was rated good.",
      "extract-published",
    );
    expect(byline.dates.map((d) => d.resolved?.year)).toEqual([
      2024,
      undefined,
    ]);
  });
});

describe("extractPublished, a month heading", () => {
  it("resolves dates against a month-and-year line but reports no publication day", () => {
    const ctx = contextAfter(
      "MEMBERS' NEWSLETTER\nApril 2023\n\nInspectors visited in February.",
      "extract-published",
    );
    expect(ctx.published.iso).toBeNull();
    expect(ctx.published.parts).toEqual({ year: 2023, month: 4, day: 30 });
    expect(ctx.dates[1]?.resolved).toMatchObject({ year: 2023, month: 2 });
  });

  it("does not take a timeline's first heading for the issue month", () => {
    const ctx = contextAfter(
      "Timeline\n\nMarch 2019\n\nInspectors visited in February.\n\nJune 2021\n\nA focused visit.",
      "extract-published",
    );
    expect(ctx.published.parts).toBeUndefined();
  });

  it("does not take a month inside a sentence for the heading", () => {
    const ctx = contextAfter(
      "Newsletter\n\nThe hub opens in April 2023. Inspectors visited in February.",
      "extract-published",
    );
    expect(ctx.published.parts).toBeUndefined();
  });
});
