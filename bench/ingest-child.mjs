// Runs one bulk ingest in its own process so its peak memory is its own. Prints one JSON line.
// usage: node --import tsx bench/ingest-child.mjs DOCS_DIR DB_PATH
import { statSync } from "node:fs";
import { loadavg } from "node:os";
import { ingestPaths, openStore } from "@csi/api";

const [dir, db] = process.argv.slice(2);
const store = await openStore({ path: db, loadCorpus: false });
const t0 = process.hrtime.bigint();
const summary = await ingestPaths(store, [dir]);
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
store.close();
const size = ["", "-wal"].reduce((n, suffix) => {
  try {
    return n + statSync(db + suffix).size;
  } catch {
    return n;
  }
}, 0);
console.log(
  JSON.stringify({
    ms,
    total: summary.total,
    stored: summary.stored,
    unchanged: summary.unchanged,
    failed: summary.failed,
    skipped: summary.skipped,
    dbBytes: size,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    // CPU time of every thread (the parse threads too), and how busy the machine was: on a shared
    // machine the wall-clock rate says as much about the neighbours as about the ingest.
    cpuSeconds: (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
    loadAverage: loadavg()[0],
  }),
);
