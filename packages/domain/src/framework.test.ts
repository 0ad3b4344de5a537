import { describe, expect, it } from "vitest";
import { areaStatus, expandAllAreas, frameworkAt, getFramework } from "./framework";

describe("frameworkAt", () => {
  it.each([
    ["2016-05-01", "sif"],
    ["2013-11", "sif"],
    ["2019", "ilacs-2018"],
    ["2022-12-31", "ilacs-2018"],
    ["2024-03-11", "ilacs-2023"],
    ["2026-05-01", "ilacs-2026"],
  ])("dates %s to %s", (date, id) => {
    expect(frameworkAt(date)?.id).toBe(id);
  });

  it("returns undefined before the SIF", () => {
    expect(frameworkAt("2012-06-01")).toBeUndefined();
  });

  it("expands all areas per framework", () => {
    expect(expandAllAreas("2019-06-01")).toContain("children-in-care-and-care-leavers");
    expect(expandAllAreas("2024-06-01")).toEqual(
      expect.arrayContaining(["children-in-care", "care-leavers"]),
    );
    expect(expandAllAreas("2024-06-01")).not.toContain("children-in-care-and-care-leavers");
    expect(expandAllAreas("2026-06-01")).not.toContain("overall-effectiveness");
    expect(expandAllAreas("2016-06-01")).not.toContain("lscb");
  });

  it("tells not-judged areas apart", () => {
    expect(areaStatus(getFramework("ilacs-2018"), "adoption")).toBe("not-judged");
    expect(areaStatus(getFramework("sif"), "adoption")).toBe("graded");
  });
});
