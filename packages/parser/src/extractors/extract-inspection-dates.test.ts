import { describe, expect, it } from "vitest";
import { contextAfter } from "../internal/testing";

function statements(text: string, published = "2020-01-23"): string[] {
  const ctx = contextAfter(text, "extract-inspection-dates", { published });
  return ctx.dateStatements.map(
    (s) =>
      `${s.authorities.map((a) => a.name).join("+") || "*"}|${s.date.resolved?.year}-${s.date.resolved?.month ?? ""}`,
  );
}

describe("extractInspectionDates", () => {
  it.each([
    ["a report header", "Inspection dates: 11 to 15 March 2019", ["*|2019-3"]],
    [
      "a visit in a named month",
      "Inspectors visited Dudley between 11 and 22 November.",
      ["Dudley|2019-11"],
    ],
    [
      "dates per council",
      "The two councils were inspected in spring, Rutland in March and Leicestershire in April 2019.",
      ["Rutland|2019-3", "Leicestershire|2019-4"],
    ],
  ])("finds %s", (_name, text, expected) => {
    expect(statements(text)).toEqual(expected);
  });

  it.each([
    [
      "an earlier inspection",
      "Dudley has improved since the last inspection in 2016.",
    ],
    [
      "a publication date",
      "The report was published on 3 January 2020 after the inspection.",
    ],
    ["a future inspection", "Ofsted will inspect Dudley in March."],
    [
      "the day of writing",
      "Today, independent inspectors say Dudley's services are good.",
    ],
    [
      "a count of years past a semicolon from the inspection word",
      "Three years ago we were failing; now inspectors can see how far Dudley has come.",
    ],
    [
      "a since clause about an inspection years back",
      "A lot has changed since inspectors were last in Dudley in the summer of 2016.",
    ],
    [
      "a children's home's inspection",
      "Members asked about the council's children's home, which had been judged good by Ofsted in a separate inspection during the summer.",
    ],
  ])("ignores %s", (_name, text) => {
    expect(statements(text)).toEqual([]);
  });

  it.each([
    [
      "a range of days far from the inspection word",
      "Inspectors looked at the two councils' services at the same time, from October 3 to 14.",
      "2019-10",
    ],
    [
      "a since clause that tells recent fieldwork",
      "I have been waiting for Dudley's letter since the inspectors were in the borough last November.",
      "2019-11",
    ],
  ])("dates %s", (_name, text, expected) => {
    expect(statements(text).map((s) => s.split("|")[1])).toEqual([expected]);
  });

  it("reads fieldwork in a sentence that names an adult service only in an officer's title", () => {
    expect(
      statements(
        "The Cabinet considered a report of the Corporate Director, Children and Adults Services, on the Ofsted inspection undertaken between 4 and 15 November 2019.",
      ),
    ).toEqual(["*|2019-11"]);
  });

  it("keeps the fieldwork, not the month a grade was given, when a sentence gives both", () => {
    expect(
      statements(
        "Dudley was rated good in January, following an inspection carried out in November and December.",
        "2020-02-10",
      ),
    ).toEqual(["Dudley|2019-11"]);
  });
});
