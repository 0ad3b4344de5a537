// A database that cannot take writes must say so, naming the file, and lose nothing already stored.
// Tests run as root on some machines, and root writes files whatever their permissions, so a read-only
// file is simulated with SQLite's read-only open mode (the same SQLITE_READONLY a chmod 0444 file gives
// an ordinary user; storage-fault.test.ts covers a read-only folder) and a full disk with
// `max_page_count` (the same SQLITE_FULL).
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TRPCError } from "@trpc/server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { isCsiError } from "../errors";
import { createCaller } from "../index";
import { ingestDocument } from "../ingest/ingest-document";
import { ingestPaths } from "../ingest/ingest-paths";
import { reparseAll } from "../ingest/reparse";
import { contentHash, toBytes } from "../internal/bytes";
import { openStore } from "../open-store";
import type { Store } from "../store/store";
import { generateDocuments } from "../test/generate-documents";
import { registerCsv } from "../test/fixtures";
import { databaseDigest, FIXED_NOW } from "../test/temp-store";
import { createContext } from "../trpc";

const ARTICLE =
  "Ofsted inspected Westminster City Council's children's services in March 2019.\nInspectors judged the council's children's services to be good overall.\n";

/** The error a call failed with (or a test failure when it did not fail). */
async function failure(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

function expectSound(store: Store): void {
  expect(store.checkIntegrity()).toEqual([]);
  expect(store.findIncompleteDocuments()).toEqual([]);
  expect(store.pendingReconciles()).toBe(0);
}

describe("storage faults", () => {
  let dir: string;
  let db: string;
  let folder: string;
  const open: Store[] = [];
  const openAt = async (options: {
    readonly?: boolean;
    maxPageCount?: number;
  }) => {
    const store = await openStore({ path: db, now: FIXED_NOW, ...options });
    open.push(store);
    return store;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "csi-faults-test-"));
    db = join(dir, "csi.sqlite");
    folder = join(dir, "docs");
    mkdirSync(folder);
    generateDocuments(folder, 120);
    // The bundled corpus and one article: data that must survive every fault below.
    const store = await openAt({});
    expect(
      (await ingestDocument(store, { content: ARTICLE, source: "kept.txt" }))
        .status,
    ).toBe("stored");
    store.close();
  });
  afterEach(() => {
    for (const store of open.splice(0)) store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe("a read-only database", () => {
    const readOnly =
      /^cannot write to the database .*csi\.sqlite: it is read-only \(attempt to write a readonly database\); nothing of this change was stored/;

    it("refuses every kind of write with a CsiError naming the file, and changes nothing", async () => {
      const before = databaseDigest(db);
      const store = await openAt({ readonly: true });
      const checkFault = (error: unknown) => {
        expect(isCsiError(error) && error.code).toBe("database");
        expect(String((error as Error).message)).toMatch(readOnly);
        expect((error as Error).message).toContain(db);
      };

      checkFault(
        await failure(() =>
          ingestDocument(store, {
            content: `${ARTICLE}\nNew.`,
            source: "new.txt",
          }),
        ),
      );
      // A bulk ingest stops at the first document instead of failing each in turn.
      const progress: string[] = [];
      checkFault(
        await failure(() =>
          ingestPaths(store, [folder], {
            onProgress: (p) => progress.push(p.type),
          }),
        ),
      );
      expect(progress).toEqual(["start"]);
      checkFault(await failure(() => reparseAll(store, { force: true })));

      // Through the router: the CsiError is the cause of an INTERNAL_SERVER_ERROR with its message.
      const caller = createCaller(createContext({ store }));
      for (const call of [
        () => caller.document.ingest({ content: "Another note.", source: "x" }),
        () => caller.document.reparse({ force: true }),
        () =>
          caller.register.import({
            name: "register.csv",
            csv: registerCsv([
              {
                authority: "Barnet",
                start: "2024-01-08",
                grades: ["good", "good", "good", "good", "good"],
              },
            ]),
          }),
      ]) {
        const error = await failure(call);
        expect(error).toBeInstanceOf(TRPCError);
        expect((error as TRPCError).code).toBe("INTERNAL_SERVER_ERROR");
        expect((error as TRPCError).message).toMatch(readOnly);
        expect(isCsiError((error as TRPCError).cause)).toBe(true);
      }

      // Reading still works.
      expect((await caller.document.list()).total).toBe(5);
      expect(
        (await caller.search.query({ q: "Westminster" })).hits.length,
      ).toBeGreaterThan(0);
      expect(() => store.close()).not.toThrow();
      expect(databaseDigest(db)).toEqual(before);
    });

    it("leaves a database that opens and takes writes again once it is writable", async () => {
      const store = await openAt({});
      expectSound(store);
      expect(
        (
          await ingestDocument(store, {
            content: `${ARTICLE}\nWritable again.`,
            source: "again.txt",
          })
        ).status,
      ).toBe("stored");
    });
  });

  describe("a full disk", () => {
    const full =
      /^cannot write to the database .*csi\.sqlite: the database or disk is full; nothing of this change was stored, and what was stored before is intact\. Free some disk space, then try again$/;

    it("refuses a document that does not fit, and keeps every row as it was", async () => {
      const pages = async () => {
        const store = await openAt({});
        const info = store.info();
        store.close();
        return info.sizeBytes / 4096;
      };
      const cap = await pages();
      const before = databaseDigest(db);
      const store = await openAt({ maxPageCount: cap });
      // About 1 MB of text (and its search index) needs far more pages than are free.
      const big = `${ARTICLE}\n${"The council's plan describes its services for families in detail. ".repeat(16_000)}`;
      const error = await failure(() =>
        ingestDocument(store, { content: big, source: "big.txt" }),
      );
      expect(isCsiError(error) && error.code).toBe("database");
      expect((error as Error).message).toMatch(full);
      expect((error as Error).message).toContain(db);

      expectSound(store);
      expect(store.documentSummary(contentHash(toBytes(big)))).toBeUndefined();
      store.close();
      expect(databaseDigest(db)).toEqual(before);

      // With room again, the same document goes in whole.
      const roomy = await openAt({});
      expect(
        (await ingestDocument(roomy, { content: big, source: "big.txt" }))
          .status,
      ).toBe("stored");
      expectSound(roomy);
    });

    it("stops a bulk ingest where the disk fills; what went in is whole, and a rerun completes it", async () => {
      const files = new Map(
        generateDocuments(join(dir, "bulk"), 150).map((path) => [
          path,
          readFileSync(path, "utf8"),
        ]),
      );
      let store = await openAt({});
      const start = store.info().sizeBytes / 4096;
      const documents = store.counts().documents;
      store.close();
      // Room for some of the 150 articles but not all of them.
      store = await openAt({ maxPageCount: start + 40 });
      const stored: string[] = [];
      const error = await failure(() =>
        ingestPaths(store, [join(dir, "bulk")], {
          onProgress: (p) => {
            if (p.type === "done" && p.outcome.status === "stored")
              stored.push(p.file);
          },
        }),
      );
      expect((error as Error).message).toMatch(full);
      expect(stored.length).toBeGreaterThan(0);
      expect(stored.length).toBeLessThan(files.size);

      expectSound(store);
      expect(store.counts().documents).toBe(documents + stored.length);
      for (const path of stored) {
        const summary = store
          .listDocuments({ kind: "article" })
          .items.find((d) => d.source === path);
        expect(summary?.inspectionCount, path).toBe(1);
        expect(store.findDocument(summary?.id ?? "")?.text).toBe(
          files.get(path),
        );
      }
      store.close();

      const roomy = await openAt({});
      const rerun = await ingestPaths(roomy, [join(dir, "bulk")]);
      expect(rerun).toMatchObject({
        stored: files.size - stored.length,
        unchanged: stored.length,
        failed: 0,
      });
      expectSound(roomy);
    });
  });
});
