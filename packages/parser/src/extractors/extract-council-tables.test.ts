import { describe, expect, it } from "vitest";
import { candidates } from "../internal/testing";

const RULE = "extract-council-tables";

describe("extractCouncilTables", () => {
  it("reads a row per council under a header naming the graded area", () => {
    const text = [
      "Ofsted results for March 2024",
      "",
      "Council | Inspection dates | Overall effectiveness",
      "Bury | 15 to 26 January 2024 | Requires improvement to be good",
      "Rochdale | 22 January to 2 February 2024 | Good",
    ].join("\n");
    expect(
      candidates(text, RULE).filter((c) => c.startsWith("Rochdale")),
    ).toEqual(["Rochdale|overall-effectiveness|good|2024"]);
  });

  it("reads a grade column in a table laid out with spaces", () => {
    const text = [
      "Ofsted inspections of children's services",
      "",
      "Local authority      Inspected         Grade",
      "Trafford             March 2023        Inadequate",
    ].join("\n");
    expect(candidates(text, RULE)).toEqual([
      "Trafford|overall-effectiveness|inadequate|2023",
    ]);
  });

  it("reads a column per area, with abbreviations a key defines", () => {
    const text = [
      "Ofsted results for March 2024",
      "",
      "Council | Inspected | Overall | Leaders | Help and protection | Children in care | Care leavers",
      "Bury | 15 - 26 Jan 2024 | G | O | G | RI | G",
      "",
      "Key: O = outstanding, G = good, RI = requires improvement",
    ].join("\n");
    expect(candidates(text, RULE)).toEqual([
      "Bury|overall-effectiveness+help-and-protection+care-leavers|good|2024",
      "Bury|leadership|outstanding|2024",
      "Bury|children-in-care|requires-improvement|2024",
    ]);
  });

  it("leaves single letters alone without a key", () => {
    const text = [
      "Ofsted results for March 2024",
      "",
      "Council | Inspected | Overall | Leaders | Care leavers",
      "Bury | 15 - 26 Jan 2024 | G | O | Good",
    ].join("\n");
    expect(candidates(text, RULE)).toEqual(["Bury|care-leavers|good|2024"]);
  });

  it("ignores rows without a council header above them", () => {
    const text = [
      "Ofsted results",
      "",
      "Bury | 15 to 26 January 2024 | Good",
    ].join("\n");
    expect(candidates(text, RULE)).toEqual([]);
  });

  it("ignores tables about schools", () => {
    const text = [
      "Ofsted results for schools",
      "",
      "Local authority | Schools inspected | Rating",
      "Bury | 12 | Good",
    ].join("\n");
    expect(candidates(text, RULE)).toEqual([]);
  });
});
