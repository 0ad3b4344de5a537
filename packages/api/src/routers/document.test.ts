import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../ingest/ingest-paths";
import {
  databaseDigest,
  openTempStore,
  SEEDS_DIR,
  type TempStore,
} from "../test/temp-store";

const SEED_004 = readFileSync(
  join(SEEDS_DIR, "004_08d08192bdc808de.txt"),
  "utf8",
);

describe("document router", () => {
  let t: TempStore;
  beforeAll(async () => {
    t = await openTempStore();
  });
  afterAll(() => t.cleanup());

  it("lists the bundled corpus: three articles and the register snapshot", async () => {
    const all = await t.caller.document.list();
    expect(all.total).toBe(4);
    const articles = await t.caller.document.list({ kind: "article" });
    expect(articles.items.map((d) => d.source).sort()).toEqual([
      "000_30c3f522f41d54ac.txt",
      "001_f4b1e364d5f0fbd3.txt",
      "004_08d08192bdc808de.txt",
    ]);
    const register = await t.caller.document.list({ kind: "register" });
    expect(register.items[0]).toMatchObject({
      source: "ilacs-latest-2026-06.csv",
      inspectionCount: 153,
      ingestedAt: "2026-07-01T09:00:00.000Z",
    });
    expect(
      (await t.caller.document.list({ limit: 1, offset: 1 })).items,
    ).toHaveLength(1);
  });

  it("lists the documents about an authority", async () => {
    const hf = await t.caller.document.list({
      authority: "Hammersmith and Fulham",
    });
    expect(hf.items.map((d) => d.kind)).toContain("register");
  });

  it("returns a document by id or prefix, with spans that quote its text", async () => {
    const [first] = (await t.caller.document.list({ kind: "register" })).items;
    const document = await t.caller.document.byId({
      id: first!.id.slice(0, 10),
    });
    expect(document.id).toBe(first!.id);
    expect(document.spans.length).toBeGreaterThan(153);
    for (const span of document.spans)
      expect(document.text.slice(span.start, span.end)).toBe(span.quote);
    expect(document.spans.every((s) => s.inspectionId !== null)).toBe(true);
  });

  it("names the id it cannot find", async () => {
    await expect(t.caller.document.byId({ id: "deadbeef00" })).rejects.toThrow(
      /no document with id "deadbeef00"/,
    );
    await expect(
      t.caller.document.byId({ id: "not hex" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("parses without storing (dry run)", async () => {
    const before = databaseDigest(t.path);
    const result = await t.caller.document.parse({
      content: "Ofsted rated Barnet good in 2019.",
      source: "note.txt",
    });
    expect(result).toMatchObject({
      source: "note.txt",
      format: "text",
      text: "Ofsted rated Barnet good in 2019.",
    });
    expect(databaseDigest(t.path)).toEqual(before);
  });

  it("ingests pasted text once; the same text again changes nothing and says so", async () => {
    const text =
      "A note about children's services in Barnet, written for this test.";
    const first = await t.caller.document.ingest({
      content: text,
      source: "pasted",
    });
    expect(first.status).toBe("stored");
    const before = databaseDigest(t.path);
    const again = await t.caller.document.ingest({
      content: text,
      source: "pasted again",
    });
    expect(again).toMatchObject({
      status: "unchanged",
      reason: expect.stringMatching(/already stored as pasted/),
    });
    expect(databaseDigest(t.path)).toEqual(before);
  });

  it("accepts base64 content and refuses content that is not base64", async () => {
    const content = Buffer.from(
      "Base64 text about Westminster's children's services.",
    ).toString("base64");
    expect(
      (
        await t.caller.document.ingest({
          content,
          encoding: "base64",
          source: "b64.txt",
        })
      ).status,
    ).toBe("stored");
    await expect(
      t.caller.document.ingest({
        content: "%%%",
        encoding: "base64",
        source: "bad",
      }),
    ).rejects.toThrow(/the content of bad is not valid base64/);
  });

  it("skips an empty document with a reason", async () => {
    expect(
      await t.caller.document.ingest({ content: "   \n", source: "blank.txt" }),
    ).toMatchObject({
      status: "skipped",
      reason: "the document is empty",
    });
  });

  it("refuses writes from a context that may not write, saying how to authorise", async () => {
    await expect(
      t.readOnlyCaller.document.ingest({ content: "x", source: "x" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(t.readOnlyCaller.document.reparse()).rejects.toThrow(
      /CSI_WRITE_TOKEN/,
    );
    // Reading stays open.
    expect((await t.readOnlyCaller.document.list()).total).toBeGreaterThan(0);
  });

  it("reparses every document from its stored text and keeps the same facts", async () => {
    const before = await t.caller.inspection.list({ limit: 1000 });
    const summary = await t.caller.document.reparse({ force: true });
    expect(summary.failed).toBe(0);
    expect(summary.reparsed).toBe(summary.total);
    const after = await t.caller.inspection.list({ limit: 1000 });
    expect(after.items.map((i) => [i.id, i.judgements])).toEqual(
      before.items.map((i) => [i.id, i.judgements]),
    );
    expect(t.store.findIncompleteDocuments()).toEqual([]);
    // Without force, documents at the current version are left alone.
    expect((await t.caller.document.reparse()).reparsed).toBe(0);
  });
});

describe("ingesting the seed articles", () => {
  let t: TempStore;
  beforeAll(async () => {
    t = await openTempStore({ loadCorpus: false });
  });
  afterAll(() => t.cleanup());

  it("gives Hammersmith and Fulham its 2016 SIF, 2019 ILACS and 2024 judgements, each citing its evidence", async () => {
    const summary = await ingestPaths(t.store, [SEEDS_DIR]);
    expect(summary).toMatchObject({ stored: 3, failed: 0 });
    const { inspections } = await t.caller.authority.timeline({
      code: "E09000013",
    });
    const graded = (year: string) =>
      inspections.find(
        (i) => i.type === "standard-inspection" && i.date.startsWith(year),
      );

    const sif = graded("2016");
    expect(sif?.framework).toBe("sif");
    expect(sif?.judgements).toEqual(
      expect.arrayContaining([
        { area: "help-and-protection", grade: "good" },
        { area: "children-in-care", grade: "good" },
        { area: "care-leavers", grade: "good" },
        { area: "leadership", grade: "outstanding" },
        { area: "adoption", grade: "outstanding" },
      ]),
    );
    const ilacs = graded("2019");
    expect(ilacs?.framework).toBe("ilacs-2018");
    expect(ilacs?.judgements).toEqual(
      expect.arrayContaining([
        { area: "overall-effectiveness", grade: "good" },
        { area: "leadership", grade: "good" },
        { area: "help-and-protection", grade: "good" },
        { area: "children-in-care-and-care-leavers", grade: "good" },
      ]),
    );
    const latest = graded("2024");
    expect(latest?.judgements).toEqual(
      expect.arrayContaining([
        { area: "overall-effectiveness", grade: "outstanding" },
      ]),
    );

    for (const summaryRow of [sif, ilacs, latest]) {
      const detail = await t.caller.inspection.byId({ id: summaryRow!.id });
      for (const judgement of detail.judgements) {
        expect(
          judgement.evidence.length,
          `${detail.id} ${judgement.area}`,
        ).toBeGreaterThan(0);
        for (const e of judgement.evidence) {
          const document = await t.caller.document.byId({ id: e.documentId });
          expect(document.text.slice(e.start, e.end)).toBe(e.quote);
        }
      }
    }
  });

  it("changes no row when the same files are ingested again", async () => {
    const before = databaseDigest(t.path);
    const again = await ingestPaths(t.store, [SEEDS_DIR]);
    expect(again).toMatchObject({ stored: 0, unchanged: 3 });
    expect(
      again.outcomes.every(
        (o) => o.status === "unchanged" && /already stored/.test(o.reason),
      ),
    ).toBe(true);
    expect(databaseDigest(t.path)).toEqual(before);
  });

  it("stores text passed in directly under its own source name", async () => {
    const outcome = await t.caller.document.ingest({
      content: SEED_004,
      source: "stdin",
    });
    expect(outcome.status).toBe("unchanged");
  });
});
