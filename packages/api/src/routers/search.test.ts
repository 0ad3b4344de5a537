import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTempStore, type TempStore } from "../test/temp-store";

describe("search router", () => {
  let t: TempStore;
  beforeAll(async () => {
    t = await openTempStore();
  });
  afterAll(() => t.cleanup());

  it("finds articles by words and marks the matches in a snippet", async () => {
    const result = await t.caller.search.query({ q: '"Staying Put" foster' });
    expect(result.total).toBe(1);
    const [hit] = result.hits;
    expect(hit?.document.source).toBe("001_f4b1e364d5f0fbd3.txt");
    const matched = hit!.snippet
      .filter((s) => s.match)
      .map((s) => s.text.toLowerCase());
    expect(matched).toEqual(expect.arrayContaining(["staying put", "foster"]));
    expect(hit!.snippet.map((s) => s.text).join("")).toContain("Staying Put");
  });

  it("matches word forms (porter stemming), phrases and prefixes", async () => {
    expect(
      (await t.caller.search.query({ q: "inspector" })).total,
    ).toBeGreaterThanOrEqual(2);
    expect(
      (await t.caller.search.query({ q: '"care leavers"' })).total,
    ).toBeGreaterThanOrEqual(2);
    expect((await t.caller.search.query({ q: "Hammer*" })).total).toBe(3);
    expect(
      (await t.caller.search.query({ q: "Hammersmith NOT tri" })).hits.map(
        (h) => h.document.source,
      ),
    ).toEqual(["004_08d08192bdc808de.txt"]);
  });

  it("does not search register snapshots", async () => {
    expect(
      (await t.caller.search.query({ q: "outstanding" })).hits.every(
        (h) => h.document.kind === "article",
      ),
    ).toBe(true);
    expect((await t.caller.search.query({ q: "E09000013" })).total).toBe(0);
  });

  it("pages results", async () => {
    const first = await t.caller.search.query({ q: "Ofsted", limit: 1 });
    const second = await t.caller.search.query({
      q: "Ofsted",
      limit: 1,
      offset: 1,
    });
    expect(first.total).toBe(3);
    expect(second.hits[0]?.document.id).not.toBe(first.hits[0]?.document.id);
  });

  it("explains a malformed query instead of failing obscurely", async () => {
    await expect(
      t.caller.search.query({ q: "Hammersmith & Fulham" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(
        /^search query "Hammersmith & Fulham" is not valid: syntax error near "&"\. Put words in double quotes/,
      ),
    });
    await expect(
      t.caller.search.query({ q: '"unterminated' }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      t.caller.search.query({ q: "nocolumn:word" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(
      (await t.caller.search.query({ q: '"Hammersmith & Fulham"' })).total,
    ).toBeGreaterThan(0);
  });
});
