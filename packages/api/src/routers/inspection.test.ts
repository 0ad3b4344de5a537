import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTempStore, type TempStore } from "../test/temp-store";

describe("inspection router", () => {
  let t: TempStore;
  beforeAll(async () => {
    t = await openTempStore();
  });
  afterAll(() => t.cleanup());

  it("lists inspections newest first, with paging", async () => {
    const page = await t.caller.inspection.list({ limit: 10 });
    expect(page.items).toHaveLength(10);
    expect(page.total).toBeGreaterThanOrEqual(153);
    const dates = page.items.map((i) => i.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const next = await t.caller.inspection.list({ limit: 10, offset: 10 });
    expect(next.items[0]?.id).not.toBe(page.items[0]?.id);
    const oldestFirst = await t.caller.inspection.list({
      order: "date-asc",
      limit: 5,
    });
    expect(oldestFirst.items.map((i) => i.date)).toEqual(
      oldestFirst.items.map((i) => i.date).sort(),
    );
  });

  it("filters by year range, type, grade, area and region", async () => {
    const inRange = await t.caller.inspection.list({
      yearFrom: 2025,
      yearTo: 2025,
      limit: 1000,
    });
    expect(inRange.total).toBeGreaterThan(0);
    expect(inRange.items.every((i) => i.date.startsWith("2025"))).toBe(true);

    const inadequateOverall = await t.caller.inspection.list({
      area: "overall-effectiveness",
      grade: "inadequate",
      limit: 1000,
    });
    expect(inadequateOverall.total).toBeGreaterThan(0);
    for (const i of inadequateOverall.items) {
      expect(i.judgements).toContainEqual({
        area: "overall-effectiveness",
        grade: "inadequate",
      });
    }
    const anyInadequate = await t.caller.inspection.list({
      grade: "inadequate",
      limit: 1000,
    });
    expect(anyInadequate.total).toBeGreaterThanOrEqual(inadequateOverall.total);

    const london = await t.caller.inspection.list({
      region: "London",
      type: "standard-inspection",
      limit: 1000,
    });
    expect(london.items.every((i) => i.authority.gss.startsWith("E09"))).toBe(
      true,
    );
    expect(london.items.every((i) => i.type === "standard-inspection")).toBe(
      true,
    );

    const combined = await t.caller.inspection.list({
      framework: ["ilacs-2018"],
      area: "children-in-care-and-care-leavers",
      limit: 1000,
    });
    expect(combined.items.every((i) => i.framework === "ilacs-2018")).toBe(
      true,
    );
    expect(combined.items.map((i) => i.authority.name)).toContain("Trafford");
  });

  it("filters by authority and rejects an unknown one by name", async () => {
    const hf = await t.caller.inspection.list({ authority: "LBHF" });
    expect(hf.items.every((i) => i.authority.gss === "E09000013")).toBe(true);
    await expect(
      t.caller.inspection.list({ authority: "Atlantis" }),
    ).rejects.toThrow(/no authority with code or name "Atlantis"/);
  });

  it("rejects an invalid filter with the zod issues", async () => {
    await expect(
      t.caller.inspection.list({ grade: "adequate" as never }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("returns one inspection with its judgements, every source and their evidence", async () => {
    const [barnet] = (await t.caller.inspection.list({ authority: "Barnet" }))
      .items;
    const detail = await t.caller.inspection.byId({ id: barnet!.id });
    expect(detail.id).toBe(barnet!.id);
    expect(detail.judgements.map((j) => j.area)).toEqual(
      barnet!.judgements.map((j) => j.area),
    );
    expect(detail.sources).toHaveLength(1);
    const [source] = detail.sources;
    expect(source).toMatchObject({
      kind: "register",
      documentSource: "ilacs-latest-2026-06.csv",
      ref: expect.stringMatching(/^register:ilacs-latest-2026-06\.csv#L\d+$/),
    });
    for (const judgement of detail.judgements) {
      expect(judgement.sources).toEqual([source!.ref]);
      expect(judgement.evidence[0]).toMatchObject({
        cites: source!.ref,
        kind: "register",
      });
      expect(judgement.evidence[0]?.quote).toMatch(/^302,E09000003,Barnet,/);
    }
  });

  it("names the id it cannot find", async () => {
    await expect(
      t.caller.inspection.byId({ id: "E09000013/standard-inspection/1999" }),
    ).rejects.toThrow(
      'no inspection with id "E09000013/standard-inspection/1999"',
    );
  });
});
