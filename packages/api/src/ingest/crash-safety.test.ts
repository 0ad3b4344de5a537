import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqliteStore } from "../store/sqlite-store";
import { startIngestChild } from "../test/child-process";
import { generateDocuments } from "../test/generate-documents";

const DOCUMENTS = 200;
// Kill points: files finished before the kill, and a few extra milliseconds, so kills land at
// different moments of a batch's transaction. `null` kills during start-up (migrations, corpus).
// Documents are committed in batches that double from one (1, 2, 4, ... after those already stored), so
// a run that has finished 120 files still has a batch to write: the last kill always leaves work.
const KILLS: readonly [number | null, number][] = [
  [null, 250],
  [null, 600],
  [3, 0],
  [10, 1],
  [20, 2],
  [30, 0],
  [45, 3],
  [60, 1],
  [75, 0],
  [90, 2],
  [105, 1],
  [120, 0],
];

describe("bulk ingest killed with SIGKILL", () => {
  let dir: string;
  let folder: string;
  let db: string;
  let files: Map<string, string>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "csi-crash-test-"));
    folder = join(dir, "docs");
    db = join(dir, "csi.sqlite");
    files = new Map(
      generateDocuments(folder, DOCUMENTS).map((path) => [
        path,
        readFileSync(path, "utf8"),
      ]),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function checkDatabase(): number {
    const store = openSqliteStore({ path: db });
    try {
      expect(store.checkIntegrity()).toEqual([]);
      expect(store.findIncompleteDocuments()).toEqual([]);
      const articles = store
        .listDocuments({ kind: "article" })
        .items.filter((d) => files.has(d.source));
      for (const summary of articles) {
        expect(store.findDocument(summary.id)?.text, summary.source).toBe(
          files.get(summary.source),
        );
      }
      const register = store.listDocuments({ kind: "register" }).items;
      for (const snapshot of register)
        expect(snapshot.inspectionCount).toBe(153);
      return articles.length;
    } finally {
      store.close();
    }
  }

  it("leaves a sound database holding whole documents after every kill, and completes when run again", async () => {
    let kills = 0;
    let stored = 0;
    for (const [afterFiles, extraMs] of KILLS) {
      const child = startIngestChild(db, folder);
      if (afterFiles === null)
        await new Promise((resolve) => setTimeout(resolve, extraMs));
      else {
        await child.waitForDone(afterFiles);
        await new Promise((resolve) => setTimeout(resolve, extraMs));
      }
      if (child.process.kill("SIGKILL")) kills++;
      const { signal, code } = await child.exited;
      expect(signal === "SIGKILL" || code === 0, child.stderr()).toBe(true);
      const now = checkDatabase();
      expect(now).toBeGreaterThanOrEqual(stored);
      stored = now;
    }
    expect(kills).toBeGreaterThanOrEqual(10);
    expect(stored).toBeLessThan(DOCUMENTS);

    const finish = startIngestChild(db, folder);
    expect(await finish.exited, finish.stderr()).toEqual({
      code: 0,
      signal: null,
    });
    expect(
      JSON.parse(finish.stdout().trim().split("\n").at(-1) ?? "{}"),
    ).toMatchObject({
      stored: DOCUMENTS - stored,
      unchanged: stored,
      failed: 0,
    });
    expect(checkDatabase()).toBe(DOCUMENTS);
    const store = openSqliteStore({ path: db });
    // The bundled corpus completed too: three seed articles and the register snapshot.
    expect(store.counts()).toMatchObject({
      documents: DOCUMENTS + 4,
      registerSnapshots: 1,
    });
    // Every authority a killed run left to reconcile has been reconciled, so each stored claim
    // belongs to an inspection.
    expect(store.pendingReconciles()).toBe(0);
    expect(store.counts().claims).toBeGreaterThan(DOCUMENTS);
    const orphans = store
      .listDocuments({ kind: "article" })
      .items.filter((d) => {
        const detail = store.findDocument(d.id);
        return detail?.spans.some((span) => span.inspectionId === null);
      });
    expect(orphans).toEqual([]);
    store.close();
  }, 180_000);
});
