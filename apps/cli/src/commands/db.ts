import { existsSync } from "node:fs";
import { z } from "zod";
import type { Session } from "../api-types";
import { formatColumns } from "../format";

/** What `csi db` can do. */
export const dbActionSchema = z.enum(["path", "stats", "check"]);
/** A `csi db` action. */
export type DbAction = z.infer<typeof dbActionSchema>;

/** Options of `csi db`. */
export const dbOptionsSchema = z.object({
  json: z.boolean().default(false),
});
/** Options of `csi db`, validated. */
export type DbOptions = z.infer<typeof dbOptionsSchema>;

/** `csi db path`: where the database is (without opening it). */
export function runDbPath(dbPath: string, options: DbOptions): number {
  process.stdout.write(
    options.json
      ? `${JSON.stringify({ path: dbPath, exists: existsSync(dbPath) })}\n`
      : `${dbPath}\n`,
  );
  return 0;
}

/** `csi db stats`: what the database holds. */
export async function runDbStats(
  session: Session,
  options: DbOptions,
): Promise<number> {
  const overview = await session.caller.stats.overview();
  const stale = await session.caller.document.list({ stale: true, limit: 1 });
  const stats = {
    path: session.dbPath,
    ...overview.totals,
    staleDocuments: stale.total,
    parserVersion: stale.parserVersion,
  };
  if (options.json) {
    process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
    return 0;
  }
  const rows: [string, string][] = [
    ["database", stats.path],
    [
      "authorities",
      `${stats.authorities} (${stats.withLatestInspection} with a graded inspection)`,
    ],
    ["inspections", String(stats.inspections)],
    ["judgements", String(stats.judgements)],
    ["documents", String(stats.documents)],
    ["register snapshots", String(stats.registerSnapshots)],
    ["conflicts", String(stats.conflicts)],
    [
      "parser",
      `${stats.parserVersion} (${stats.staleDocuments} documents parsed by an older version)`,
    ],
  ];
  process.stdout.write(
    `${formatColumns(["", ""], rows).split("\n").slice(1).join("\n")}\n`,
  );
  return 0;
}

/** `csi db check`: SQLite integrity, documents whose rows do not add up, documents needing a reparse. Exit 1 on problems. */
export async function runDbCheck(
  session: Session,
  options: DbOptions,
): Promise<number> {
  const integrity = session.store.checkIntegrity();
  const incomplete = session.store.findIncompleteDocuments();
  const stale = await session.caller.document.list({ stale: true, limit: 500 });
  const ok = integrity.length === 0 && incomplete.length === 0;
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify({ path: session.dbPath, ok, integrity, incomplete, stale: stale.items.map((d) => ({ id: d.id, source: d.source, parserVersion: d.parserVersion })) }, null, 2)}\n`,
    );
  } else {
    process.stdout.write(
      `${session.dbPath}: ${ok ? "ok" : "problems found"}\n`,
    );
    for (const problem of integrity)
      process.stdout.write(`integrity: ${problem}\n`);
    for (const document of incomplete)
      process.stdout.write(
        `incomplete: document ${document.id} has ${document.actual} of ${document.expected} rows\n`,
      );
    if (stale.total > 0)
      process.stdout.write(
        `${stale.total} documents were parsed by an older parser; \`csi ingest --reparse\` updates them\n`,
      );
  }
  if (ok) return 0;
  process.stderr.write(
    "csi: the database has problems (listed above)\nRestore it from a backup, or move it aside and run `csi ingest` on your documents again.\n",
  );
  return 1;
}
