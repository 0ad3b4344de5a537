// Bulk ingest into a fresh SQLite file, then the same documents again.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateCorpus } from "./corpus.mjs";
import { run } from "./measure.mjs";

async function ingestOnce(dir, db) {
  const { code, stdout, stderr } = await run(
    process.execPath,
    ["--import", "tsx", join(import.meta.dirname, "ingest-child.mjs"), dir, db],
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
  const first = await ingestOnce(dir, db);
  const again = await ingestOnce(dir, db);
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
