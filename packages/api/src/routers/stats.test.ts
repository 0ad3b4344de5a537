import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerCsv } from "../test/fixtures";
import { openTempStore, type TempStore } from "../test/temp-store";

const RI = "requires-improvement";

describe("stats router on known data", () => {
  let t: TempStore;
  beforeAll(async () => {
    t = await openTempStore({ loadCorpus: false });
    // Two snapshots: the older holds earlier inspections, so each authority gets a history of two.
    await t.caller.register.import({
      name: "older.csv",
      csv: registerCsv([
        {
          authority: "Barnet",
          start: "2019-05-13",
          grades: [RI, RI, "good", "", RI],
        },
        {
          authority: "Devon",
          start: "2020-01-13",
          grades: ["inadequate", "inadequate", "inadequate", "", "inadequate"],
        },
        {
          authority: "Leeds",
          start: "2018-10-01",
          grades: [
            "outstanding",
            "outstanding",
            "outstanding",
            "",
            "outstanding",
          ],
        },
      ]),
    });
    await t.caller.register.import({
      name: "newer.csv",
      csv: registerCsv([
        {
          authority: "Barnet",
          start: "2024-06-10",
          grades: ["good", "good", "outstanding", "good", "good"],
        },
        {
          authority: "Devon",
          start: "2025-03-03",
          grades: ["inadequate", "inadequate", RI, "inadequate", "inadequate"],
        },
        {
          authority: "Leeds",
          start: "2022-11-14",
          grades: ["good", "good", "good", "", "good"],
        },
      ]),
    });
  });
  afterAll(() => t.cleanup());

  it("counts the latest grades per area and per region", async () => {
    const overview = await t.caller.stats.overview();
    expect(overview.totals).toMatchObject({
      withLatestInspection: 3,
      inspections: 6,
      documents: 0,
      registerSnapshots: 2,
      conflicts: 0,
    });
    const area = (name: string) =>
      overview.byArea.find((row) => row.area === name);
    expect(area("overall-effectiveness")).toEqual({
      area: "overall-effectiveness",
      counts: {
        outstanding: 0,
        good: 2,
        "requires-improvement": 0,
        inadequate: 1,
      },
      total: 3,
    });
    // Leeds 2022 was graded before the 2023 split, so its in-care grade is the combined judgement.
    expect(area("children-in-care")?.counts).toEqual({
      outstanding: 1,
      good: 0,
      "requires-improvement": 1,
      inadequate: 0,
    });
    expect(area("children-in-care-and-care-leavers")?.counts).toEqual({
      outstanding: 0,
      good: 1,
      "requires-improvement": 0,
      inadequate: 0,
    });
    const region = (name: string) =>
      overview.byRegion.find((row) => row.region === name);
    expect(region("London")).toMatchObject({
      authorities: 33,
      graded: 1,
      counts: { good: 1 },
    });
    expect(region("South West")).toMatchObject({
      graded: 1,
      counts: { inadequate: 1 },
    });
    expect(region("North East")).toMatchObject({ graded: 0 });
  });

  it("counts every graded inspection per year", async () => {
    const { byYear } = await t.caller.stats.overview();
    expect(byYear.map((row) => [row.year, row.graded, row.counts])).toEqual([
      [
        2018,
        1,
        { outstanding: 1, good: 0, "requires-improvement": 0, inadequate: 0 },
      ],
      [
        2019,
        1,
        { outstanding: 0, good: 0, "requires-improvement": 1, inadequate: 0 },
      ],
      [
        2020,
        1,
        { outstanding: 0, good: 0, "requires-improvement": 0, inadequate: 1 },
      ],
      [
        2022,
        1,
        { outstanding: 0, good: 1, "requires-improvement": 0, inadequate: 0 },
      ],
      [
        2024,
        1,
        { outstanding: 0, good: 1, "requires-improvement": 0, inadequate: 0 },
      ],
      [
        2025,
        1,
        { outstanding: 0, good: 0, "requires-improvement": 0, inadequate: 1 },
      ],
    ]);
    const care = await t.caller.stats.overview({ area: "care-leavers" });
    // The 2018–2022 combined grade counts for care leavers too.
    expect(care.byYear.find((row) => row.year === 2019)?.counts.good).toBe(1);
  });

  it("lists grade movements between consecutive inspections", async () => {
    const { changes, summary } = await t.caller.stats.changes();
    expect(summary).toEqual({ improved: 1, declined: 1, unchanged: 1 });
    expect(
      changes.map((c) => [
        c.authority.name,
        c.from.grade,
        c.to.grade,
        c.direction,
        c.steps,
      ]),
    ).toEqual([
      ["Devon", "inadequate", "inadequate", "unchanged", 0],
      ["Barnet", RI, "good", "improved", 1],
      ["Leeds", "outstanding", "good", "declined", -1],
    ]);
    expect(changes[1]).toMatchObject({
      from: { date: "2019-05-13" },
      to: { date: "2024-06-10" },
    });
  });

  it("compares a combined in-care grade with the later separate one", async () => {
    const { changes } = await t.caller.stats.changes({
      area: "children-in-care",
    });
    expect(changes.find((c) => c.authority.name === "Barnet")).toMatchObject({
      from: { grade: "good" },
      to: { grade: "outstanding" },
      direction: "improved",
    });
    expect(changes.find((c) => c.authority.name === "Devon")).toMatchObject({
      from: { grade: "inadequate" },
      to: { grade: RI },
      steps: 1,
    });
  });

  it("filters movements by region and by the year of the later inspection", async () => {
    expect(
      (await t.caller.stats.changes({ region: "London" })).changes.map(
        (c) => c.authority.name,
      ),
    ).toEqual(["Barnet"]);
    expect(
      (await t.caller.stats.changes({ yearFrom: 2023 })).changes.map(
        (c) => c.authority.name,
      ),
    ).toEqual(["Devon", "Barnet"]);
    expect(
      (await t.caller.stats.changes({ yearTo: 2022 })).changes.map(
        (c) => c.authority.name,
      ),
    ).toEqual(["Leeds"]);
  });
});
