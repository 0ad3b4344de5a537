import { describe, expect, it } from "vitest";
import { candidates } from "../internal/testing";

const RULE = "extract-column-tables";
const TITLE =
  "Inspection of Bury children's services\n\nInspection dates: 13 to 24 November 2023\n\n";

describe("extractColumnTables", () => {
  it("pairs a column of labels with a column of grades in order", () => {
    const text =
      TITLE +
      "Judgement\nThe impact of leaders on social work practice with children and families\nOverall effectiveness\n\nGrade\nGood\nRequires improvement to be good\n";
    expect(candidates(text, RULE)).toEqual([
      "Bury|leadership|good|current",
      "Bury|overall-effectiveness|requires-improvement|current",
    ]);
  });

  it("pairs nothing when the columns differ in length", () => {
    const text =
      TITLE +
      "Judgement\nThe impact of leaders on social work practice with children and families\nOverall effectiveness\n\nGrade\nGood\n";
    expect(candidates(text, RULE)).toEqual([]);
  });

  it("pairs nothing under a children's home report", () => {
    const text =
      "Inspection of a children's home run by Bury Council\n\nInspection dates: 13 to 24 November 2023\n\n" +
      "Judgement\nHelp and protection\nLeadership\n\nGrade\nGood\nGood\n";
    expect(candidates(text, RULE)).toEqual([]);
  });
});
