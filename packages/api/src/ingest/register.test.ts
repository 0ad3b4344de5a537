import { describe, expect, it } from "vitest";
import { REGISTER_SNAPSHOT } from "../corpus/corpus-data";
import { readRegister } from "./register";

describe("readRegister", () => {
  const reading = readRegister(REGISTER_SNAPSHOT.text, REGISTER_SNAPSHOT.name);
  if (!reading.success) throw new Error(reading.error);
  const byName = (name: string) =>
    reading.inspections.find((i) => i.authority.name === name);

  it("reads every row of the bundled snapshot", () => {
    expect(reading.rows).toBe(153);
    expect(reading.inspections).toHaveLength(153);
    expect(reading.skipped).toEqual([]);
    expect(new Set(reading.inspections.map((i) => i.authority.gss)).size).toBe(
      153,
    );
  });

  it("cites the row for every fact, with offsets into the CSV text", () => {
    for (const [index, inspection] of reading.inspections.entries()) {
      const [row] = inspection.evidence;
      expect(row?.source).toBe(reading.claimSources[index]);
      expect(REGISTER_SNAPSHOT.text.slice(row!.start, row!.end)).toBe(
        row!.quote,
      );
      for (const j of inspection.judgements)
        expect(j.evidence).toEqual(inspection.evidence);
    }
    const hf = reading.inspections.findIndex(
      (i) => i.authority.gss === "E09000013",
    );
    expect(reading.claimSources[hf]).toBe(
      "register:ilacs-latest-2026-06.csv#L50",
    );
    expect(reading.inspections[hf]?.evidence[0]?.quote).toMatch(
      /^205,E09000013,Hammersmith and Fulham,2024-03-11,/,
    );
  });

  it("reads the combined in-care judgement for inspections before 2023", () => {
    const trafford = byName("Trafford");
    expect(trafford?.framework).toBe("ilacs-2018");
    expect(trafford?.judgements.map((j) => j.area)).toContain(
      "children-in-care-and-care-leavers",
    );
    expect(trafford?.judgements.map((j) => j.area)).not.toContain(
      "care-leavers",
    );
    expect(byName("Barnet")?.judgements.map((j) => j.area)).toEqual([
      "overall-effectiveness",
      "leadership",
      "help-and-protection",
      "children-in-care",
      "care-leavers",
    ]);
  });

  it("leaves empty grades unknown and dates a row by its publication when the start is missing", () => {
    const brent = byName("Brent");
    expect(brent?.judgements.map((j) => j.area)).not.toContain(
      "overall-effectiveness",
    );
    expect(brent?.judgements.length).toBe(4);
    const brighton = byName("Brighton and Hove");
    expect(brighton).toMatchObject({
      date: "2024-05-16",
      published: "2024-05-16",
      type: "standard-inspection",
    });
    expect(brighton?.endDate).toBeUndefined();
  });

  it("says which columns are missing", () => {
    expect(readRegister("la_code,gss\n", "x.csv")).toEqual({
      success: false,
      error: expect.stringMatching(
        /^the register x\.csv has no column name, inspection_start,/,
      ),
    });
    expect(readRegister("", "empty.csv")).toEqual({
      success: false,
      error: "the register empty.csv is empty",
    });
  });
});
