import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeArticle } from "../test/fixtures";
import { openTempStore, type TempStore } from "../test/temp-store";

const TEXT =
  "Hammersmith and Fulham's children's services were inspected in March 2024 and rated good overall.";

describe("conflict router", () => {
  let t: TempStore;
  beforeAll(async () => {
    t = await openTempStore({ loadCorpus: true });
    // The register says outstanding overall for the March 2024 inspection; this article says good.
    writeArticle(t.store, "disagreeing-article.txt", TEXT, [
      {
        authority: "Hammersmith and Fulham",
        date: "2024-03",
        quote: "inspected in March 2024",
        grades: [["overall-effectiveness", "good", "rated good overall"]],
      },
    ]);
  });
  afterAll(() => t.cleanup());

  it("lists a disagreement between an article and the register, with both sides and their evidence", async () => {
    const { items, total } = await t.caller.conflict.list();
    expect(total).toBe(1);
    const [conflict] = items;
    expect(conflict).toMatchObject({
      authority: { gss: "E09000013", name: "Hammersmith and Fulham" },
      inspectionId: "E09000013/standard-inspection/2024-03-11",
      kind: "grade",
      area: "overall-effectiveness",
      field: null,
    });
    expect(conflict?.message).toMatch(
      /outstanding \(ilacs-latest-2026-06\.csv#L50\)/,
    );
    expect(conflict?.message).toMatch(/good \(disagreeing-article\.txt\)/);
    const byValue = Object.fromEntries(
      conflict!.values.map((v) => [v.value, v]),
    );
    expect(byValue.good?.source).toMatchObject({
      kind: "article",
      documentSource: "disagreeing-article.txt",
    });
    expect(byValue.good?.evidence[0]?.quote).toBe("rated good overall");
    expect(byValue.outstanding?.source).toMatchObject({
      kind: "register",
      ref: "register:ilacs-latest-2026-06.csv#L50",
    });
  });

  it("keeps the disagreement on the inspection rather than choosing a side", async () => {
    const detail = await t.caller.inspection.byId({
      id: "E09000013/standard-inspection/2024-03-11",
    });
    expect(detail.conflicts).toHaveLength(1);
    expect(detail.conflictCount).toBe(1);
    expect(
      detail.judgements.find((j) => j.area === "overall-effectiveness"),
    ).toBeUndefined();
    // What the sources agree on stays.
    expect(
      detail.judgements.find((j) => j.area === "help-and-protection")?.grade,
    ).toBe("good");
    expect(detail.sources.map((s) => s.kind).sort()).toContain("article");
  });

  it("filters by authority", async () => {
    expect(
      (await t.caller.conflict.list({ authority: "Westminster" })).total,
    ).toBe(0);
    expect(
      (await t.caller.conflict.list({ authority: "E09000013" })).total,
    ).toBe(1);
    await expect(
      t.caller.conflict.list({ authority: "Gondor" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
