// Runs the benchmarks, prints a table, writes bench/results.json and the table in BENCHMARKS.md.
// usage: node --import tsx bench/run.mjs [--only parser,ingest,api,cli] [--count N]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { benchApi } from "./api.mjs";
import { benchCli } from "./cli.mjs";
import { benchIngest } from "./ingest.mjs";
import { fmt } from "./measure.mjs";
import { benchParser } from "./parser.mjs";

const { values } = parseArgs({
  options: {
    only: { type: "string", default: "parser,ingest,api,cli" },
    count: { type: "string", default: "10000" },
  },
});
const only = new Set(values.only.split(","));
const count = Number(values.count);
const tmp = mkdtempSync(join(tmpdir(), "csi-bench-"));
const dbPath = join(tmp, "served.sqlite");

const sections = [
  ["parser", () => benchParser({ count })],
  ["ingest", () => benchIngest({ tmp, count })],
  ["api", () => benchApi({ dbPath })],
  ["cli", () => benchCli({ dbPath })],
];

const rows = [];
try {
  for (const [name, bench] of sections) {
    if (!only.has(name)) continue;
    process.stderr.write(`running ${name}…\n`);
    rows.push(...(await bench()));
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const header = [
  "section",
  "measure",
  "value",
  "unit",
  "baseline",
  "ratio",
  "target",
  "ok",
];
const lines = rows.map((r) => [
  r.section,
  r.name,
  fmt(r.value),
  r.unit,
  r.baseline === null ? "" : fmt(r.baseline),
  r.ratio === null ? "" : `${fmt(r.ratio, 2)}x`,
  r.target,
  r.pass ? "yes" : "NO",
]);
const widths = header.map((h, i) =>
  Math.max(h.length, ...lines.map((l) => l[i].length)),
);
const render = (cells) =>
  `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
const table = [
  render(header),
  render(widths.map((w) => "-".repeat(w))),
  ...lines.map(render),
].join("\n");
console.log(table);
for (const r of rows.filter((r) => r.extra))
  console.log(`  ${r.name}: ${JSON.stringify(r.extra)}`);

const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const results = { date: new Date().toISOString(), machine, count, rows };
writeFileSync(
  join(import.meta.dirname, "results.json"),
  JSON.stringify(results, null, 2) + "\n",
);

const mdPath = join(import.meta.dirname, "..", "BENCHMARKS.md");
const md = readFileSync(mdPath, "utf8");
const start = md.indexOf("<!-- results -->");
const end = md.indexOf("<!-- /results -->");
if (start >= 0 && end > start && only.size === sections.length) {
  const block = `<!-- results -->\n\nLatest run: ${results.date.slice(0, 10)} on ${machine}, ${count} documents.\n\n${table}\n`;
  writeFileSync(mdPath, md.slice(0, start) + block + md.slice(end));
}
const failed = rows.filter((r) => !r.pass);
if (failed.length)
  console.log(
    `\n${failed.length} target(s) missed: ${failed.map((r) => r.name).join("; ")}`,
  );
