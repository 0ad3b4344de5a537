import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseText } from "@csi/parser";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { isCsiError } from "../errors";
import { contentHash, toBytes } from "../internal/bytes";
import { toNewDocument } from "../ingest/ingest-document";
import { FIXED_NOW } from "../test/temp-store";
import { openSqliteStore } from "./sqlite-store";
import type { NewDocument, Store } from "./store";

const ARTICLES: readonly [string, string][] = [
  [
    "barnet-good.txt",
    "Ofsted inspected Barnet Council's children's services in March 2019.\nInspectors judged the council's children's services to be good overall.\n",
  ],
  [
    "barnet-inadequate.txt",
    "Ofsted inspected Barnet Council's children's services in March 2019.\nInspectors judged the council's children's services to be inadequate overall.\n",
  ],
  [
    "barnet-2022.txt",
    "Ofsted inspected Barnet Council's children's services in May 2022.\nInspectors judged the council's children's services to be outstanding overall.\n",
  ],
  [
    "leeds.txt",
    "Ofsted inspected Leeds City Council's children's services in January 2018.\nInspectors judged the council's children's services to be outstanding overall.\n",
  ],
  [
    "leeds-again.txt",
    "Leeds City Council's children's services were rated outstanding by Ofsted after an inspection in January 2018.\n",
  ],
  [
    "devon.txt",
    "Ofsted inspected Devon County Council's children's services in October 2021.\nInspectors judged the council's children's services to be requires improvement to be good overall.\n",
  ],
];

function documentOf(source: string, text: string): NewDocument {
  const bytes = toBytes(text);
  const made = toNewDocument(
    contentHash(bytes),
    source,
    bytes,
    parseText(text, { source, format: "text" }),
  );
  if (made.status !== "ready") throw new Error(`${source}: ${made.reason}`);
  return made.document;
}

/** Everything readers see of the reconciled data, without row ids that depend on write order. */
function derived(store: Store) {
  return {
    inspections: store.listInspections({}).items,
    conflicts: store
      .listConflicts({})
      .items.map(({ id: _id, ...conflict }) => conflict),
    details: store.listInspections({}).items.map((i) => {
      const detail = store.findInspection(i.id);
      return {
        ...detail,
        sources: detail?.sources.map(({ claimId: _claimId, ...s }) => s),
        conflicts: detail?.conflicts.map(({ id: _id, ...c }) => c),
      };
    }),
  };
}

describe("writeDocuments", () => {
  const dirs: string[] = [];
  const stores: Store[] = [];
  let documents: NewDocument[];
  beforeAll(() => {
    documents = ARTICLES.map(([source, text]) => documentOf(source, text));
  });
  const open = (options: { maxPageCount?: number; path?: string } = {}) => {
    let path = options.path;
    if (!path) {
      const dir = mkdtempSync(join(tmpdir(), "csi-batch-test-"));
      dirs.push(dir);
      path = join(dir, "csi.sqlite");
    }
    const store = openSqliteStore({
      path,
      now: FIXED_NOW,
      ...(options.maxPageCount ? { maxPageCount: options.maxPageCount } : {}),
    });
    stores.push(store);
    return store;
  };
  afterEach(() => {
    for (const store of stores.splice(0)) store.close();
    for (const dir of dirs.splice(0))
      rmSync(dir, { recursive: true, force: true });
  });

  it("stores a batch with its facts reconciled, as writing the documents one by one does", () => {
    const batch = open();
    const outcomes = batch.writeDocuments(documents);
    expect(outcomes.map((o) => o.status)).toEqual(
      documents.map(() => "stored"),
    );
    const first = outcomes[0];
    expect(first?.status === "stored" && first.document).toEqual(
      batch.documentSummary(documents[0]?.sha256 ?? ""),
    );
    expect(batch.pendingReconciles()).toBe(0);
    expect(batch.findIncompleteDocuments()).toEqual([]);
    expect(batch.checkIntegrity()).toEqual([]);
    for (const document of documents) {
      const spans = batch.findDocument(document.sha256)?.spans ?? [];
      expect(spans.length, document.source).toBeGreaterThan(0);
      expect(spans.every((s) => s.inspectionId !== null)).toBe(true);
    }
    // The sources disagree about Barnet in March 2019: the conflict is kept.
    expect(batch.listConflicts({}).total).toBeGreaterThan(0);

    const oneByOne = open();
    for (const document of documents) oneByOne.writeDocument(document);
    expect(derived(batch)).toEqual(derived(oneByOne));

    // Built from nothing: every authority reconciled once, after all its claims are in.
    const rebuilt = open();
    for (const document of documents)
      rebuilt.writeDocument(document, { reconcile: "later" });
    rebuilt.reconcilePending();
    expect(derived(batch)).toEqual(derived(rebuilt));

    // Another order, in two batches: the same inspections (a conflict lists its sides in the order
    // their sources were stored).
    const reordered = open();
    reordered.writeDocuments(documents.slice(3).reverse());
    reordered.writeDocuments(documents.slice(0, 3).reverse());
    expect(derived(reordered).inspections).toEqual(derived(batch).inspections);
  });

  it("commits a batch without syncing when asked, and sync() copies it into the database file", () => {
    const store = open();
    const [first, second, ...rest] = documents;
    if (!first || !second) throw new Error("no documents");
    store.writeDocuments([first, second], { sync: "later" });
    expect(store.info().synchronous).toBe("NORMAL");
    // Committed: another connection sees it.
    const reader = open({ path: store.location });
    expect(reader.counts().documents).toBe(2);
    const before = statSync(store.location).size;
    store.sync();
    expect(statSync(store.location).size).toBeGreaterThan(before);
    // A batch without the option syncs as it commits again.
    store.writeDocuments(rest);
    expect(store.info().synchronous).toBe("FULL");
    expect(reader.counts().documents).toBe(documents.length);
  });

  it("finds content stored already, also earlier in the same batch", () => {
    const store = open();
    const [first, second] = documents;
    if (!first || !second) throw new Error("no documents");
    store.writeDocument(first);
    const outcomes = store.writeDocuments([
      first,
      second,
      { ...second, source: "copy.txt" },
    ]);
    expect(outcomes.map((o) => o.status)).toEqual([
      "unchanged",
      "stored",
      "unchanged",
    ]);
    expect(outcomes[2]?.status === "unchanged" && outcomes[2].document).toEqual(
      store.documentSummary(second.sha256),
    );
    expect(store.counts().documents).toBe(2);
  });

  it("fails a document whose evidence does not quote its text alone, and stores the others", () => {
    const store = open();
    const [good, bad, other] = documents;
    if (!good || !bad || !other) throw new Error("no documents");
    const outcomes = store.writeDocuments([
      good,
      { ...bad, text: `Moved: ${bad.text}` },
      other,
    ]);
    expect(outcomes.map((o) => o.status)).toEqual([
      "stored",
      "failed",
      "stored",
    ]);
    expect(outcomes[1]).toMatchObject({
      reason: expect.stringMatching(/does not quote its text/),
    });
    expect(store.counts().documents).toBe(2);
    expect(store.hasDocument(bad.sha256)).toBe(false);
    expect(store.findIncompleteDocuments()).toEqual([]);
  });

  it("stores none of a batch the database cannot hold, and says so", () => {
    const first = open();
    first.writeDocuments(documents.slice(0, 1));
    const info = first.info();
    const before = first.counts();
    first.close();
    const full = open({
      path: info.location,
      maxPageCount: info.sizeBytes / 4096,
    });
    // About 1 MB of text (and its search index) needs far more pages than are free.
    const text = ARTICLES[1]?.[1] ?? "";
    const big = documentOf(
      "big.txt",
      `${text}\n${"The council's plan describes its services for families in detail. ".repeat(16_000)}`,
    );
    let error: unknown;
    try {
      full.writeDocuments([...documents.slice(2), big]);
    } catch (caught) {
      error = caught;
    }
    expect(isCsiError(error) && error.code).toBe("database");
    expect((error as Error).message).toMatch(/the database or disk is full/);
    expect(full.counts()).toEqual(before);
    expect(full.checkIntegrity()).toEqual([]);
    expect(full.findIncompleteDocuments()).toEqual([]);
  });
});
