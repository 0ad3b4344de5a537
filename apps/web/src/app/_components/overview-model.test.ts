import { describe, expect, it } from "vitest";
import type { OverviewRow } from "~/lib/authority-rows";
import {
  filterRows,
  parseOverviewParams,
  sortRows,
  toQueryString,
} from "./overview-model";

const row = (
  name: string,
  overall: OverviewRow["grades"]["overall"],
  date?: string,
): OverviewRow => ({
  gss: `E09${name}`,
  laCode: "000",
  name,
  slug: name.toLowerCase(),
  region: "London",
  kind: "london-borough",
  inspection: date
    ? { id: name, date, type: "standard-inspection", framework: "ilacs-2023" }
    : null,
  grades: {
    overall,
    "help-and-protection": undefined,
    "children-in-care": undefined,
    "care-leavers": undefined,
    leadership: undefined,
  },
});

describe("parseOverviewParams", () => {
  it("falls back to defaults for missing and unknown values", () => {
    expect(
      parseOverviewParams({ area: "nonsense", region: "Atlantis", grade: "" }),
    ).toMatchObject({
      area: "overall",
      era: "latest",
      map: "hex",
      region: undefined,
      grade: undefined,
      sort: "name",
      dir: "asc",
    });
  });

  it("reads the first of repeated values and URLSearchParams alike", () => {
    expect(
      parseOverviewParams({ region: ["London", "North East"] }).region,
    ).toBe("London");
    expect(
      parseOverviewParams(new URLSearchParams("kind=county&era=sif")).era,
    ).toBe("sif");
  });
});

describe("toQueryString", () => {
  it("round-trips every non-default setting, filters included, and leaves defaults out", () => {
    const params = parseOverviewParams({
      area: "leadership",
      region: "London",
      kind: "london-borough",
      grade: "good",
      q: "ham",
      sort: "date",
      dir: "desc",
    });
    const query = toQueryString(params);
    expect(query).toBe(
      "?area=leadership&q=ham&region=London&kind=london-borough&grade=good&sort=date&dir=desc",
    );
    expect(parseOverviewParams(new URLSearchParams(query.slice(1)))).toEqual(
      params,
    );
    expect(toQueryString(parseOverviewParams({}))).toBe("");
  });

  it("applies changes on top of the current state", () => {
    expect(
      toQueryString(parseOverviewParams({ region: "London" }), {
        map: "boundaries",
      }),
    ).toBe("?map=boundaries&region=London");
  });
});

describe("filterRows and sortRows", () => {
  const rows = [
    row("Camden", "outstanding", "2025-03-03"),
    row("Brent", undefined, "2026-04-27"),
    row("Barnet", "good", "2024-06-10"),
  ];

  it("keeps rows with the chosen grade, or without one for none", () => {
    expect(
      filterRows(rows, parseOverviewParams({ grade: "good" })).map(
        (r) => r.name,
      ),
    ).toEqual(["Barnet"]);
    expect(
      filterRows(rows, parseOverviewParams({ grade: "none" })).map(
        (r) => r.name,
      ),
    ).toEqual(["Brent"]);
  });

  it("sorts grades best first and puts missing grades last in either direction", () => {
    expect(sortRows(rows, "overall", "asc").map((r) => r.name)).toEqual([
      "Camden",
      "Barnet",
      "Brent",
    ]);
    expect(sortRows(rows, "overall", "desc").map((r) => r.name)).toEqual([
      "Barnet",
      "Camden",
      "Brent",
    ]);
  });

  it("sorts by date and by name", () => {
    expect(sortRows(rows, "date", "desc").map((r) => r.name)).toEqual([
      "Brent",
      "Camden",
      "Barnet",
    ]);
    expect(sortRows(rows, "name", "asc").map((r) => r.name)).toEqual([
      "Barnet",
      "Brent",
      "Camden",
    ]);
  });
});
