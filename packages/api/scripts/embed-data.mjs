#!/usr/bin/env node
// Embeds the bundled corpus (data/) and the drizzle migrations (drizzle/) as TypeScript modules, so the
// package works when bundled (tsup for the CLI, Next's server bundle) without reading files at run time.
// usage: node scripts/embed-data.mjs   (run after changing data/ or generating a migration)
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { format } from "prettier";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const read = (path) => readFileSync(join(root, path), "utf8");
// Written as Prettier would, so formatting the repo leaves the generated files alone.
const write = async (path, source) =>
  writeFileSync(
    join(root, path),
    await format(source, { filepath: join(root, path) }),
  );
const header = (what) =>
  `// Embedded from ${what} by scripts/embed-data.mjs; do not edit by hand. A test checks it equals the files.\n`;

const seeds = readdirSync(join(root, "data/seeds"))
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => ({ name, text: read(`data/seeds/${name}`) }));
const register = {
  name: "ilacs-latest-2026-06.csv",
  text: read("data/ilacs-latest-2026-06.csv"),
};

await write(
  "src/corpus/corpus-data.ts",
  `${header("data/seeds/*.txt and data/ilacs-latest-2026-06.csv")}
/** One bundled file: its file name and its exact text. */
export interface CorpusFile {
  readonly name: string;
  readonly text: string;
}

/** The seed articles loaded into an empty database (data/seeds/). */
export const SEED_ARTICLES: readonly CorpusFile[] = ${JSON.stringify(seeds, null, 2)};

/** The register snapshot loaded into an empty database (data/ilacs-latest-2026-06.csv). */
export const REGISTER_SNAPSHOT: CorpusFile = ${JSON.stringify(register, null, 2)};
`,
);

const journal = JSON.parse(read("drizzle/meta/_journal.json"));
const migrations = journal.entries.map((entry) => ({
  tag: entry.tag,
  sql: read(`drizzle/${entry.tag}.sql`),
}));
await write(
  "src/store/migrations-data.ts",
  `${header("drizzle/*.sql (in drizzle/meta/_journal.json order)")}
/** One schema migration: its drizzle tag and its SQL (statements separated by drizzle's breakpoint marker). */
export interface Migration {
  readonly tag: string;
  readonly sql: string;
}

/** Every migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = ${JSON.stringify(migrations, null, 2)};
`,
);
