import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqliteStore } from "../store/sqlite-store";
import { startIngestChild } from "../test/child-process";
import { generateDocuments } from "../test/generate-documents";

const DOCUMENTS = 80;

describe("two processes ingesting the same folder at once", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "csi-concurrent-test-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("store each document once, between them", async () => {
    const folder = join(dir, "docs");
    const db = join(dir, "csi.sqlite");
    generateDocuments(folder, DOCUMENTS);
    // Both start on a database that does not exist yet: they race on migrations and the corpus too.
    const children = [
      startIngestChild(db, folder),
      startIngestChild(db, folder),
    ];
    const exits = await Promise.all(children.map((c) => c.exited));
    for (const [index, exit] of exits.entries())
      expect(exit, children[index]?.stderr()).toEqual({
        code: 0,
        signal: null,
      });
    const summaries = children.map(
      (c) =>
        JSON.parse(c.stdout().trim().split("\n").at(-1) ?? "{}") as Record<
          string,
          number
        >,
    );
    expect(summaries.map((s) => s.failed)).toEqual([0, 0]);
    expect(summaries.reduce((n, s) => n + (s.stored ?? 0), 0)).toBe(DOCUMENTS);
    expect(summaries.reduce((n, s) => n + (s.unchanged ?? 0), 0)).toBe(
      DOCUMENTS,
    );

    const store = openSqliteStore({ path: db });
    expect(store.counts()).toMatchObject({
      documents: DOCUMENTS + 4,
      articles: DOCUMENTS + 3,
      registerSnapshots: 1,
    });
    const sources = store
      .listDocuments({ kind: "article" })
      .items.map((d) => d.source);
    expect(new Set(sources).size).toBe(sources.length);
    expect(store.checkIntegrity()).toEqual([]);
    expect(store.findIncompleteDocuments()).toEqual([]);
    store.close();
  }, 120_000);
});
