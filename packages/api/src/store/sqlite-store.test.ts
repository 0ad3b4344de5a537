import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { isCsiError } from "../errors";
import { writeArticle } from "../test/fixtures";
import { FIXED_NOW } from "../test/temp-store";
import { MIGRATIONS } from "./migrations-data";
import { openSqliteStore } from "./sqlite-store";

describe("openSqliteStore", () => {
  const dirs: string[] = [];
  const tempPath = () => {
    const dir = mkdtempSync(join(tmpdir(), "csi-store-test-"));
    dirs.push(dir);
    return join(dir, "nested", "folder", "csi.sqlite");
  };
  afterEach(() => {
    for (const dir of dirs.splice(0))
      rmSync(dir, { recursive: true, force: true });
  });

  it("creates the file and its folders, with WAL, foreign keys, a busy timeout and full sync", () => {
    const store = openSqliteStore({ path: tempPath(), now: FIXED_NOW });
    expect(store.info()).toMatchObject({
      journalMode: "wal",
      foreignKeys: true,
      busyTimeoutMs: 15_000,
      synchronous: "FULL",
      migrations: MIGRATIONS.map((m) => m.tag),
    });
    expect(store.checkIntegrity()).toEqual([]);
    store.close();
  });

  it("applies each migration once, also when two connections open a new file together", () => {
    const path = tempPath();
    const first = openSqliteStore({ path, now: FIXED_NOW });
    const second = openSqliteStore({
      path,
      now: FIXED_NOW,
      synchronous: "NORMAL",
    });
    expect(second.info().migrations).toEqual(MIGRATIONS.map((m) => m.tag));
    expect(second.info().synchronous).toBe("NORMAL");
    first.close();
    second.close();
    const reopened = openSqliteStore({ path, now: FIXED_NOW });
    expect(reopened.info().migrations).toHaveLength(MIGRATIONS.length);
    reopened.close();
  });

  it("refuses a database written by a newer version, saying so", () => {
    const path = tempPath();
    openSqliteStore({ path, now: FIXED_NOW }).close();
    const raw = new Database(path);
    raw
      .prepare(
        "insert into __csi_migrations (tag, applied_at) values ('9999_future', 'x')",
      )
      .run();
    raw.close();
    let caught: unknown;
    try {
      openSqliteStore({ path, now: FIXED_NOW });
    } catch (error) {
      caught = error;
    }
    expect(isCsiError(caught) && caught.code).toBe("migration");
    expect(String(caught)).toMatch(
      /written by a newer csi \(it has migration 9999_future\)/,
    );
  });

  it("refuses a file that is not a database", () => {
    const path = tempPath();
    const store = openSqliteStore({ path, now: FIXED_NOW });
    store.close();
    rmSync(path);
    rmSync(`${path}-wal`, { force: true });
    rmSync(`${path}-shm`, { force: true });
    writeFileSync(path, "this is not SQLite ".repeat(100));
    expect(() => openSqliteStore({ path, now: FIXED_NOW })).toThrow(
      /cannot open the database .*csi\.sqlite: the file is damaged or is not a csi database/,
    );
  });

  it("refuses evidence that does not quote the document's text", () => {
    const store = openSqliteStore({ path: ":memory:", now: FIXED_NOW });
    expect(() =>
      store.writeDocument({
        sha256: "a".repeat(64),
        kind: "article",
        source: "bad.txt",
        title: null,
        published: null,
        format: "text",
        text: "Barnet was rated good.",
        raw: null,
        byteSize: 22,
        parserVersion: "test",
        diagnostics: [],
        inspections: [
          {
            authority: { name: "Barnet", gss: "E09000003", laCode: "302" },
            type: "standard-inspection",
            framework: "ilacs-2023",
            date: "2024",
            judgements: [],
            evidence: [
              { source: "bad.txt", start: 0, end: 6, quote: "Camden" },
            ],
          },
        ],
      }),
    ).toThrow(/evidence at 0–6 of document a+ does not quote its text/);
    expect(store.counts().documents).toBe(0);
    store.close();
  });

  it("records how many rows each document wrote, so a partial document would show", () => {
    const path = tempPath();
    const store = openSqliteStore({ path, now: FIXED_NOW });
    writeArticle(
      store,
      "a.txt",
      "Barnet was inspected in 2024 and rated good.",
      [
        {
          authority: "Barnet",
          date: "2024",
          quote: "inspected in 2024",
          grades: [["overall-effectiveness", "good", "rated good"]],
        },
      ],
    );
    expect(store.findIncompleteDocuments()).toEqual([]);
    store.close();
    const raw = new Database(path);
    raw.prepare("delete from claim_judgements").run();
    raw.close();
    const reopened = openSqliteStore({ path, now: FIXED_NOW });
    expect(reopened.findIncompleteDocuments()).toEqual([
      { id: expect.any(String), expected: 4, actual: 2 },
    ]);
    reopened.close();
  });

  it("keeps an HTML original compressed and gives it back byte for byte", () => {
    const path = tempPath();
    const store = openSqliteStore({ path, now: FIXED_NOW });
    const text = "Barnet was inspected in 2024 and rated good.";
    const html = new TextEncoder().encode(
      `<html><body>${"<p>Barnet was inspected in 2024 and rated good.</p>".repeat(200)}</body></html>`,
    );
    const outcome = store.writeDocument({
      sha256: "ab".repeat(32),
      kind: "article",
      source: "barnet.html",
      title: null,
      published: null,
      format: "html",
      text,
      raw: html,
      byteSize: html.byteLength,
      parserVersion: "test",
      diagnostics: [],
      inspections: [],
    });
    expect(outcome.status).toBe("stored");
    expect(store.documentContent("ab".repeat(32))?.raw).toEqual(html);
    store.close();
    const db = new Database(path, { readonly: true });
    const stored = db
      .prepare<[], { n: number }>("select length(raw) as n from documents")
      .get();
    db.close();
    expect(stored?.n).toBeLessThan(html.byteLength / 4);
  });

  it("sees what another connection commits, although it keeps lists between changes", () => {
    const path = tempPath();
    const reader = openSqliteStore({ path, now: FIXED_NOW });
    const writer = openSqliteStore({ path, now: FIXED_NOW });
    expect(reader.listInspections({}).total).toBe(0);
    expect(reader.listInspections({})).toBe(reader.listInspections({}));
    writeArticle(
      writer,
      "b.txt",
      "Barnet was inspected in 2024 and rated good.",
      [
        {
          authority: "Barnet",
          date: "2024",
          quote: "inspected in 2024",
          grades: [["overall-effectiveness", "good", "rated good"]],
        },
      ],
    );
    expect(reader.listInspections({}).total).toBe(1);
    writeArticle(
      reader,
      "c.txt",
      "Camden was inspected in 2023 and rated good.",
      [
        {
          authority: "Camden",
          date: "2023",
          quote: "inspected in 2023",
          grades: [["overall-effectiveness", "good", "rated good"]],
        },
      ],
    );
    expect(reader.listInspections({}).total).toBe(2);
    reader.close();
    writer.close();
  });

  it("defers reconciling (and syncing) when asked, until reconcilePending", () => {
    const store = openSqliteStore({ path: ":memory:", now: FIXED_NOW });
    const text = "Barnet was inspected in 2024 and rated good.";
    writeArticle(
      store,
      "d.txt",
      text,
      [
        {
          authority: "Barnet",
          date: "2024",
          quote: "inspected in 2024",
          grades: [["overall-effectiveness", "good", "rated good"]],
        },
      ],
      { reconcile: "later" },
    );
    expect(store.pendingReconciles()).toBe(1);
    expect(store.listInspections({}).total).toBe(0);
    // A batch's documents commit unsynced; the batch's end commits at the configured level, syncing all.
    expect(store.info().synchronous).toBe("NORMAL");
    expect(store.reconcilePending()).toEqual(["E09000003"]);
    expect(store.info().synchronous).toBe("FULL");
    expect(store.pendingReconciles()).toBe(0);
    expect(store.listInspections({}).items.map((i) => i.judgements)).toEqual([
      [{ area: "overall-effectiveness", grade: "good" }],
    ]);
    store.close();
  });
});
