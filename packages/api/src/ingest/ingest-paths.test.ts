import {
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDocuments } from "../test/generate-documents";
import { openTempStore, type TempStore } from "../test/temp-store";
import { ingestPaths, type IngestProgress } from "./ingest-paths";
import { MAX_DOCUMENT_BYTES } from "./limits";

describe("ingestPaths", () => {
  let t: TempStore;
  let root: string;
  let outside: string;
  beforeAll(async () => {
    t = await openTempStore({ loadCorpus: false });
    root = mkdtempSync(join(tmpdir(), "csi-ingest-test-"));
    outside = mkdtempSync(join(tmpdir(), "csi-ingest-outside-"));
    const folder = join(root, "reports");
    mkdirSync(join(folder, "2019", "deep"), { recursive: true });
    mkdirSync(join(folder, ".git"));
    writeFileSync(
      join(folder, "a.txt"),
      "Article A about Barnet's children's services.",
    );
    writeFileSync(
      join(folder, "2019", "b.html"),
      "<html><body><p>Article B about Leeds.</p></body></html>",
    );
    writeFileSync(
      join(folder, "2019", "deep", "c.md"),
      "Article C about Devon.",
    );
    writeFileSync(join(folder, "2019", "notes.docx"), "not a supported type");
    writeFileSync(
      join(folder, "big.txt"),
      Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 97),
    );
    writeFileSync(join(folder, "empty.txt"), "");
    writeFileSync(
      join(folder, "binary.txt"),
      Buffer.from([0x41, 0x00, 0x42, 0x00]),
    );
    writeFileSync(join(folder, ".hidden.txt"), "hidden files are left out");
    writeFileSync(join(folder, ".git", "HEAD"), "ref: refs/heads/main");
    writeFileSync(join(outside, "secret.txt"), "outside the folder");
    symlinkSync(join(outside, "secret.txt"), join(folder, "link-out.txt"));
    symlinkSync(join(folder, "a.txt"), join(folder, "link-in.txt"));
    symlinkSync(join(folder, "missing.txt"), join(folder, "dangling.txt"));
    symlinkSync(folder, join(folder, "2019", "loop"));
  });
  afterAll(() => {
    t.cleanup();
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it("walks folders recursively and skips what it cannot read, each with a reason", async () => {
    const progress: IngestProgress[] = [];
    const summary = await ingestPaths(
      t.store,
      [join(root, "reports"), join(root, "nope.txt")],
      { onProgress: (p) => progress.push(p) },
    );
    const by = Object.fromEntries(
      summary.outcomes.map((o) => [o.source.slice(root.length + 1), o]),
    );
    expect(Object.keys(by).sort()).toEqual([
      "nope.txt",
      "reports/2019/b.html",
      "reports/2019/deep/c.md",
      "reports/2019/notes.docx",
      "reports/a.txt",
      "reports/big.txt",
      "reports/binary.txt",
      "reports/dangling.txt",
      "reports/empty.txt",
      "reports/link-in.txt",
      "reports/link-out.txt",
    ]);
    expect(by["reports/a.txt"]?.status).toBe("stored");
    expect(by["reports/2019/b.html"]?.status).toBe("stored");
    expect(by["reports/2019/deep/c.md"]?.status).toBe("stored");
    // The same bytes under another name are the same document.
    expect(by["reports/link-in.txt"]).toMatchObject({
      status: "unchanged",
      reason: expect.stringMatching(/already stored as .*a\.txt/),
    });
    expect(by["reports/2019/notes.docx"]).toMatchObject({
      status: "skipped",
      reason: expect.stringMatching(/^\.docx is not a supported type/),
    });
    expect(by["reports/big.txt"]).toMatchObject({
      status: "skipped",
      reason: "5,242,881 bytes is over the 5 MB limit",
    });
    expect(by["reports/empty.txt"]).toMatchObject({
      status: "skipped",
      reason: "the document is empty",
    });
    expect(by["reports/binary.txt"]).toMatchObject({
      status: "skipped",
      reason: "it is a binary file, not text, HTML or PDF",
    });
    expect(by["reports/link-out.txt"]).toMatchObject({
      status: "skipped",
      reason: expect.stringMatching(
        /links outside .* links are followed only inside the folder/,
      ),
    });
    expect(by["reports/dangling.txt"]).toMatchObject({
      status: "skipped",
      reason: "cannot follow the link: no such file or folder",
    });
    expect(by["nope.txt"]).toMatchObject({
      status: "skipped",
      reason: "cannot read it: no such file or folder",
    });
    expect(summary).toMatchObject({
      total: 11,
      stored: 3,
      unchanged: 1,
      skipped: 7,
      failed: 0,
    });

    const done = progress.filter((p) => p.type === "done");
    // Four were skipped while walking (unsupported, links, missing); the other seven are read one by one.
    expect(done.map((p) => p.done)).toEqual([5, 6, 7, 8, 9, 10, 11]);
    expect(progress.every((p) => p.total === 11)).toBe(true);
    expect(done.at(-1)?.done).toBe(11);
    expect(
      progress.filter((p) => p.type === "start").map((p) => p.file),
    ).toEqual(done.map((p) => p.file));
  });

  it("stores the same with parse threads as without, in batches, reporting files in order", async () => {
    const folder = join(root, "many");
    const files = generateDocuments(folder, 40);
    const runs = [];
    for (const parseThreads of [0, 2]) {
      const other = await openTempStore({ loadCorpus: false });
      try {
        const progress: IngestProgress[] = [];
        const summary = await ingestPaths(other.store, [folder], {
          parseThreads,
          batchSize: 8,
          onProgress: (p) => progress.push(p),
        });
        const done = progress.filter((p) => p.type === "done");
        expect(done.map((p) => p.file)).toEqual([...files].sort());
        expect(done.map((p) => p.done)).toEqual(files.map((_, i) => i + 1));
        expect(
          progress.filter((p) => p.type === "start").map((p) => p.file),
        ).toEqual(done.map((p) => p.file));
        // A file is done once its batch is committed: what it reports stored is there, linked.
        for (const p of done) {
          if (p.outcome.status !== "stored") continue;
          const stored = other.store.findDocument(p.outcome.document.id);
          expect(stored?.spans.length).toBeGreaterThan(0);
        }
        expect(other.store.pendingReconciles()).toBe(0);
        expect(other.store.findIncompleteDocuments()).toEqual([]);
        runs.push({
          summary,
          inspections: other.store.listInspections({}).items,
        });
      } finally {
        other.cleanup();
      }
    }
    expect(runs[0]?.summary).toMatchObject({ stored: 40, failed: 0 });
    expect(runs[1]).toEqual(runs[0]);
  }, 60_000);

  it("finishes the files it started when aborted, and stores nothing after them", async () => {
    const folder = join(root, "abort");
    generateDocuments(folder, 30);
    const other = await openTempStore({ loadCorpus: false });
    try {
      const controller = new AbortController();
      const started: string[] = [];
      const summary = await ingestPaths(other.store, [folder], {
        parseThreads: 0,
        onProgress: (p) => {
          if (p.type === "start") started.push(p.file);
          if (p.type === "done" && p.done === 5) controller.abort();
        },
        signal: controller.signal,
      });
      expect(started.length).toBeGreaterThanOrEqual(5);
      expect(started.length).toBeLessThan(30);
      expect(summary.outcomes.map((o) => o.source)).toEqual(started);
      expect(summary.stored).toBe(started.length);
      expect(other.store.counts().documents).toBe(started.length);
      expect(other.store.pendingReconciles()).toBe(0);
    } finally {
      other.cleanup();
    }
  });

  it("stops before the next file when aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    const summary = await ingestPaths(
      t.store,
      [join(root, "reports", "a.txt")],
      { signal: controller.signal },
    );
    expect(summary.outcomes).toEqual([]);
  });
});
