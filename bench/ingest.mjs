// Bulk ingest into a fresh SQLite file, then the same documents again.
//
// The ingest runs as it ships in the CLI: bundled by esbuild with its parse-thread script beside it
// (what apps/cli/tsup.config.ts does), not through tsx, whose transform runs the parser about a third
// slower and adds a loader thread to the memory measured.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { generateCorpus } from "./corpus.mjs";
import { run } from "./measure.mjs";

const ROOT = join(import.meta.dirname, "..");

/**
 * Bundles bench/ingest-child.mjs and the parse-thread script into `node_modules/.cache` (inside the
 * repository, so the bundle finds better-sqlite3 installed). Returns the child script.
 */
export async function bundleIngestChild() {
  const outdir = join(ROOT, "node_modules/.cache/csi-bench-ingest");
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: {
      "ingest-child": join(import.meta.dirname, "ingest-child.mjs"),
      "parse-worker": join(ROOT, "packages/api/src/ingest/parse-worker.ts"),
    },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    outdir,
    external: ["better-sqlite3", "pdfjs-dist"],
    banner: {
      js: 'import { createRequire as __csiCreateRequire } from "node:module"; const require = __csiCreateRequire(import.meta.url);',
    },
    logLevel: "silent",
  });
  return join(outdir, "ingest-child.js");
}

async function ingestOnce(child, dir, db) {
  const { code, stdout, stderr } = await run(
    process.execPath,
    [child, dir, db],
    { timeoutMs: 900_000 },
  );
  if (code !== 0) throw new Error(`ingest failed: ${stderr.slice(0, 500)}`);
  return JSON.parse(stdout.trim().split("\n").at(-1));
}

export async function benchIngest({ tmp, count = 10_000 }) {
  const dir = join(tmp, "ingest-docs");
  mkdirSync(dir, { recursive: true });
  for (const d of generateCorpus({ count, seed: 7 }))
    writeFileSync(join(dir, d.name), d.content);
  const db = join(tmp, "ingest.sqlite");
  const child = await bundleIngestChild();
  const first = await ingestOnce(child, dir, db);
  const again = await ingestOnce(child, dir, db);
  const perSecond = first.stored / (first.ms / 1000);
  return [
    {
      section: "ingest",
      name: `${count} documents into a fresh database`,
      value: perSecond,
      unit: "docs/s",
      baseline: null,
      ratio: null,
      target: ">= 500 docs/s",
      pass: perSecond >= 500 && first.stored === count,
      extra: first,
    },
    {
      section: "ingest",
      name: "database size after ingest",
      value: first.dbBytes / 1e6,
      unit: "MB",
      baseline: null,
      ratio: null,
      target: "reported",
      pass: true,
    },
    {
      section: "ingest",
      name: "peak RSS during ingest",
      value: first.maxRssMb,
      unit: "MB",
      baseline: null,
      ratio: null,
      target: "< 300 MB",
      pass: first.maxRssMb < 300,
    },
    {
      section: "ingest",
      name: `same ${count} documents again`,
      value: again.ms / 1000,
      unit: "s",
      baseline: first.ms / 1000,
      ratio: again.ms / first.ms,
      target: "< 5 s, nothing stored",
      pass: again.ms < 5000 && again.stored === 0,
      extra: again,
    },
  ];
}
