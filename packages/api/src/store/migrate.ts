import type Database from "better-sqlite3";
import { CsiError } from "../errors";
import type { Migration } from "./migrations-data";

const BREAKPOINT = "--> statement-breakpoint";

/**
 * Applies the migrations not yet recorded in `__csi_migrations`, each in its own IMMEDIATE
 * transaction, so two processes opening a new database at once apply each migration exactly once.
 * Returns the tags it applied.
 */
export function applyMigrations(
  db: Database.Database,
  migrations: readonly Migration[],
  now: () => Date,
): string[] {
  db.exec(
    "CREATE TABLE IF NOT EXISTS __csi_migrations (tag TEXT PRIMARY KEY NOT NULL, applied_at TEXT NOT NULL)",
  );
  const isApplied = db.prepare<[string], { tag: string }>(
    "SELECT tag FROM __csi_migrations WHERE tag = ?",
  );
  const record = db.prepare(
    "INSERT INTO __csi_migrations (tag, applied_at) VALUES (?, ?)",
  );
  const known = new Set(migrations.map((m) => m.tag));
  const unknown = db
    .prepare<[], { tag: string }>("SELECT tag FROM __csi_migrations")
    .all()
    .filter((row) => !known.has(row.tag));
  if (unknown.length > 0) {
    throw new CsiError(
      "migration",
      `the database was written by a newer csi (it has migration ${unknown[0]?.tag ?? "?"}); upgrade csi or use another database file`,
    );
  }
  const applied: string[] = [];
  for (const migration of migrations) {
    if (isApplied.get(migration.tag)) continue;
    const apply = db.transaction(() => {
      if (isApplied.get(migration.tag)) return false;
      for (const statement of migration.sql.split(BREAKPOINT)) {
        if (statement.trim() !== "") db.exec(statement);
      }
      record.run(migration.tag, now().toISOString());
      return true;
    });
    try {
      if (apply.immediate()) applied.push(migration.tag);
    } catch (cause) {
      throw new CsiError(
        "migration",
        `could not apply database migration ${migration.tag}: ${String(cause)}`,
        { cause },
      );
    }
  }
  return applied;
}
