import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { createCaller } from "../index";
import { openStore } from "../open-store";
import type { Store } from "../store/store";
import { createContext } from "../trpc";

/** A fixed clock for tests: every stamp is 2026-07-01T09:00:00Z. */
export const FIXED_NOW = () => new Date("2026-07-01T09:00:00.000Z");

/** A store on a real SQLite file in a fresh temporary folder, and a caller over it. */
export interface TempStore {
  readonly dir: string;
  readonly path: string;
  readonly store: Store;
  readonly caller: ReturnType<typeof createCaller>;
  /** A caller whose context may not write (a remote request without a token). */
  readonly readOnlyCaller: ReturnType<typeof createCaller>;
  cleanup(): void;
}

/** Opens a store in a temporary folder; `loadCorpus` (default true) loads the bundled corpus. */
export async function openTempStore(
  options: { loadCorpus?: boolean } = {},
): Promise<TempStore> {
  const dir = mkdtempSync(join(tmpdir(), "csi-api-test-"));
  const path = join(dir, "csi.sqlite");
  let store: Store;
  try {
    store = await openStore({
      path,
      now: FIXED_NOW,
      loadCorpus: options.loadCorpus ?? true,
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    dir,
    path,
    store,
    caller: createCaller(createContext({ store })),
    readOnlyCaller: createCaller(createContext({ store, canWrite: false })),
    cleanup() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The bundled seed articles' folder, for tests that ingest from disk. */
export const SEEDS_DIR = join(import.meta.dirname, "..", "..", "data", "seeds");

/**
 * A digest of every row of every table (in rowid order), to show that an operation changed nothing.
 * Opens its own read-only connection so it sees what is committed.
 */
export function databaseDigest(path: string): {
  tables: Record<string, number>;
  digest: string;
} {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db
      .prepare<[], { name: string }>(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'documents_fts%' order by name",
      )
      .all()
      .map((r) => r.name);
    const hash = createHash("sha256");
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const rows = db
        .prepare(`select * from "${table}" order by rowid`)
        .raw()
        .all();
      counts[table] = rows.length;
      hash
        .update(table)
        .update(
          JSON.stringify(rows, (_key, value: unknown) =>
            Buffer.isBuffer(value) ? value.toString("base64") : value,
          ),
        );
    }
    return { tables: counts, digest: hash.digest("hex") };
  } finally {
    db.close();
  }
}
