// Parser throughput against a one-regex floor, and scaling over document size.
//
// The parser is measured as it ships: bundled by esbuild (what tsup does for the CLI), not through
// tsx's on-the-fly transform, which wraps every function expression and runs about a third slower.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { generateCorpus } from "./corpus.mjs";

async function loadBundledParser() {
  const dir = mkdtempSync(join(tmpdir(), "csi-bench-parser-"));
  const outfile = join(dir, "parser.mjs");
  try {
    await build({
      entryPoints: [
        join(import.meta.dirname, "../packages/parser/src/index.ts"),
      ],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      external: ["pdfjs-dist"],
      outfile,
      logLevel: "silent",
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const FLOOR = /\b(outstanding|good|requires improvement|inadequate)\b/gi;

function regexFloor(texts) {
  let hits = 0;
  for (const t of texts) for (const _ of t.matchAll(FLOOR)) hits++;
  return hits;
}

function timeMs(fn) {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Parser MB/s over `count` generated documents, and time per MB at 10 kB … 10 MB. */
export async function benchParser({ count = 10_000 } = {}) {
  const { parseText } = await loadBundledParser();
  const docs = generateCorpus({ count, seed: 42 });
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.content), 0);
  const mb = bytes / 1e6;
  // Warm both paths on a slice so the JIT is fair to each.
  for (const d of docs.slice(0, 200))
    parseText(d.content, { source: d.name, format: d.format });
  regexFloor(docs.slice(0, 200).map((d) => d.content));

  const floorMs = timeMs(() => regexFloor(docs.map((d) => d.content)));
  let facts = 0;
  const parseMs = timeMs(() => {
    for (const d of docs)
      facts += parseText(d.content, { source: d.name, format: d.format })
        .inspections.length;
  });
  const rows = [
    {
      section: "parser",
      name: `throughput, ${count} docs (${mb.toFixed(1)} MB)`,
      value: mb / (parseMs / 1000),
      unit: "MB/s",
      baseline: mb / (floorMs / 1000),
      ratio: parseMs / floorMs,
      target: ">= 5 MB/s",
      pass: mb / (parseMs / 1000) >= 5,
      extra: { inspections: facts },
    },
  ];

  // Scaling: one long text document built from the same material.
  const material = docs
    .filter((d) => d.format === "text")
    .map((d) => d.content)
    .join("\n\n");
  const perMb = [];
  for (const size of [10e3, 100e3, 1e6, 10e6]) {
    let text = material;
    while (text.length < size) text += "\n\n" + material;
    text = text.slice(0, size);
    // Each round parses at least 1 MB (a 10 kB document 100 times), and the best of three rounds
    // counts for every size alike, so a garbage collection left over from earlier work does not
    // decide one size's figure.
    const reps = Math.max(1, Math.round(1e6 / size));
    const rounds = 3;
    parseText(text.slice(0, Math.min(size, 100e3)), { source: "warm" });
    let ms = Infinity;
    for (let round = 0; round < rounds; round++)
      ms = Math.min(
        ms,
        timeMs(() => {
          for (let i = 0; i < reps; i++)
            parseText(text, { source: `scale-${size}` });
        }) / reps,
      );
    perMb.push({ size, msPerMb: ms / (size / 1e6) });
  }
  const best = Math.min(...perMb.map((p) => p.msPerMb));
  for (const p of perMb) {
    const ratio = p.msPerMb / best;
    rows.push({
      section: "parser",
      name: `single document ${p.size >= 1e6 ? p.size / 1e6 + " MB" : p.size / 1e3 + " kB"}`,
      value: p.msPerMb,
      unit: "ms/MB",
      baseline: best,
      ratio,
      target: "<= 2x best",
      pass: ratio <= 2,
    });
  }
  return rows;
}
