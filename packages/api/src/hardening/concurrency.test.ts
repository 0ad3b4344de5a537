// Readers in this process while another process ingests into the same database file.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "../index";
import { openStore } from "../open-store";
import type { Store } from "../store/store";
import { startIngestChild } from "../test/child-process";
import { generateDocuments } from "../test/generate-documents";
import { createContext } from "../trpc";

const DOCUMENTS = 120;
const CORPUS_ARTICLES = 3;

describe("reading while another process writes", () => {
  let dir: string;
  let db: string;
  let folder: string;
  let store: Store;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "csi-readers-test-"));
    db = join(dir, "csi.sqlite");
    folder = join(dir, "docs");
    generateDocuments(folder, DOCUMENTS);
    store = await openStore({ path: db });
  });
  afterAll(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("sees whole documents in consistent pages, never an error, and everything at the end", async () => {
    const caller = createCaller(createContext({ store, canWrite: false }));
    const writer = startIngestChild(db, folder);
    let exited = false;
    void writer.exited.then(() => {
      exited = true;
    });

    const totalsSeen = new Set<number>();
    let previous = 0;
    let rounds = 0;
    // One more round after the writer exits reads the final state through the same code.
    for (let last = false; !last;) {
      last = exited;
      rounds++;
      const page = await caller.document.list({ kind: "article", limit: 500 });
      // The count and the rows come from one snapshot.
      expect(page.items).toHaveLength(page.total);
      expect(page.total).toBeGreaterThanOrEqual(previous);
      previous = page.total;
      totalsSeen.add(page.total);

      // The newest documents are whole: every span quotes the text and belongs to an inspection.
      for (const summary of page.items.slice(0, 3)) {
        const document = await caller.document.byId({ id: summary.id });
        expect(document.spans.length).toBeGreaterThan(0);
        for (const span of document.spans) {
          expect(document.text.slice(span.start, span.end)).toBe(span.quote);
          expect(span.inspectionId, summary.source).not.toBeNull();
        }
      }
      expect(store.findIncompleteDocuments()).toEqual([]);

      const found = await caller.search.query({
        q: '"generated article number"',
        limit: 100,
      });
      // A later snapshot than the list's: every generated article the list saw, perhaps more.
      expect(found.total).toBeGreaterThanOrEqual(previous - CORPUS_ARTICLES);
      expect(found.hits.length).toBe(Math.min(found.total, 100));

      const inspections = await caller.inspection.list({ limit: 1000 });
      expect(inspections.items).toHaveLength(inspections.total);
      await nextTurn();
    }

    expect(await writer.exited, writer.stderr()).toEqual({
      code: 0,
      signal: null,
    });
    expect(
      JSON.parse(writer.stdout().trim().split("\n").at(-1) ?? "{}"),
    ).toMatchObject({ stored: DOCUMENTS, failed: 0 });
    // The reads interleaved with the writes: they saw the count grow.
    expect(totalsSeen.size).toBeGreaterThan(2);
    expect(rounds).toBeGreaterThan(2);
    expect(previous).toBe(DOCUMENTS + CORPUS_ARTICLES);
    expect(store.checkIntegrity()).toEqual([]);
    expect(store.pendingReconciles()).toBe(0);
  }, 120_000);
});
