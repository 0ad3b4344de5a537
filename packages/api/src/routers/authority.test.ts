import { CURRENT_AUTHORITIES } from "@csi/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTempStore, type TempStore } from "../test/temp-store";

describe("authority router", () => {
  let t: TempStore;
  beforeAll(async () => {
    t = await openTempStore();
  });
  afterAll(() => t.cleanup());

  it("lists every current authority, each with a latest inspection from the register", async () => {
    const list = await t.caller.authority.list();
    expect(list).toHaveLength(CURRENT_AUTHORITIES.length);
    const missing = list.filter((a) => a.latest === null).map((a) => a.name);
    expect(missing).toEqual([]);
    for (const row of list) expect(row.latest?.inRegister).toBe(true);
  });

  it("filters by region and kind", async () => {
    const london = await t.caller.authority.list({ region: "London" });
    expect(london).toHaveLength(33);
    expect(london.every((a) => a.region === "London")).toBe(true);
    const counties = await t.caller.authority.list({ kind: "county" });
    expect(counties.length).toBeGreaterThan(10);
    expect(counties.every((a) => a.kind === "county")).toBe(true);
  });

  it("filters by the latest grade in an area", async () => {
    const inadequate = await t.caller.authority.list({
      area: "overall-effectiveness",
      grades: ["inadequate"],
    });
    expect(inadequate.length).toBeGreaterThan(0);
    for (const row of inadequate) {
      expect(
        row.latest?.judgements.find((j) => j.area === "overall-effectiveness")
          ?.grade,
      ).toBe("inadequate");
    }
    // Devon's 2025 report is inadequate overall (SOURCES-ilacs.md spot check).
    expect(inadequate.map((a) => a.name)).toContain("Devon");
    expect(inadequate.map((a) => a.name)).not.toContain("Barnet");
  });

  it("filters by framework and by text", async () => {
    const ilacs2018 = await t.caller.authority.list({
      framework: "ilacs-2018",
    });
    expect(ilacs2018.map((a) => a.name)).toEqual(
      expect.arrayContaining([
        "Blackpool",
        "Dudley",
        "Lancashire",
        "Nottingham",
        "South Tyneside",
        "Trafford",
      ]),
    );
    expect(ilacs2018.every((a) => a.latest?.framework === "ilacs-2018")).toBe(
      true,
    );
    expect(
      (await t.caller.authority.list({ text: "hammersmith & fulham" })).map(
        (a) => a.gss,
      ),
    ).toEqual(["E09000013"]);
    expect(
      (await t.caller.authority.list({ text: "E09000033" })).map((a) => a.name),
    ).toEqual(["Westminster"]);
  });

  it("sorts by grade, best first, and by latest date", async () => {
    const byGrade = await t.caller.authority.list({
      region: "London",
      sort: "grade",
    });
    const rank = (grade: string | undefined) =>
      [
        "outstanding",
        "good",
        "requires-improvement",
        "inadequate",
        undefined,
      ].indexOf(grade);
    const ranks = byGrade.map((a) =>
      rank(
        a.latest?.judgements.find((j) => j.area === "overall-effectiveness")
          ?.grade,
      ),
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const byDate = await t.caller.authority.list({
      sort: "latest-date",
      order: "desc",
    });
    const dates = byDate.map((a) => a.latest?.date ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("finds an authority by abbreviation, LA code or GSS code", async () => {
    expect((await t.caller.authority.byCode({ code: "RBKC" })).gss).toBe(
      "E09000020",
    );
    expect((await t.caller.authority.byCode({ code: "205" })).name).toBe(
      "Hammersmith and Fulham",
    );
    const westminster = await t.caller.authority.byCode({ code: "E09000033" });
    expect(westminster.latest?.judgements.length).toBeGreaterThan(0);
  });

  it("gives an authority's partnerships and the window for its next full inspection", async () => {
    const hf = await t.caller.authority.byCode({ code: "E09000013" });
    expect(hf.partnerships.map((p) => p.id)).toContain("tri-borough");
    // Outstanding in March 2024: a short inspection in the third year after it.
    expect(hf.latest?.date).toBe("2024-03-11");
    expect(hf.nextInspection).toEqual({
      type: "short-inspection",
      earliest: "2026-03-11",
      latest: "2027-03-11",
    });
  });

  it("names the code it cannot find", async () => {
    await expect(t.caller.authority.byCode({ code: "Narnia" })).rejects.toThrow(
      /no authority with code or name "Narnia"/,
    );
    await expect(
      t.caller.authority.timeline({ code: "Narnia" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("gives Hammersmith and Fulham's history from the seeds on top of the register", async () => {
    const timeline = await t.caller.authority.timeline({
      code: "Hammersmith and Fulham",
    });
    const graded = timeline.inspections.filter(
      (i) => i.type === "standard-inspection",
    );
    expect(graded.map((i) => i.date.slice(0, 4))).toEqual(
      expect.arrayContaining(["2016", "2019", "2024"]),
    );
    const latest = graded.at(-1);
    expect(latest?.date).toBe("2024-03-11");
    expect(latest?.inRegister).toBe(true);
    // The 2024 inspection is the register row and the seed article together.
    expect(latest?.sourceCount).toBeGreaterThanOrEqual(2);
    const dates = timeline.inspections.map((i) => i.date);
    expect(dates).toEqual([...dates].sort());
  });

  it("includes the inspections of the authorities an authority replaced", async () => {
    const north = await t.caller.authority.byCode({
      code: "North Northamptonshire",
    });
    expect(north.predecessorAuthorities.map((a) => a.name)).toContain(
      "Northamptonshire",
    );
    const timeline = await t.caller.authority.timeline({
      code: "North Northamptonshire",
    });
    expect(
      timeline.inspections.every((i) =>
        [north.gss, ...north.predecessors].includes(i.authority.gss),
      ),
    ).toBe(true);
  });
});
