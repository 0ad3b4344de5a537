// Runs one bulk ingest in its own process so its peak memory is its own. Prints one JSON line.
// usage: bundled by bench/ingest.mjs (bundleIngestChild), then: node <bundle> DOCS_DIR DB_PATH [THREADS];
// or from the sources: node --import tsx bench/ingest-child.mjs DOCS_DIR DB_PATH [THREADS]
// THREADS: parse threads (default: ingestPaths's own choice).
import { readFileSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import { ingestPaths, openStore } from "@csi/api";

const [dir, db, threads] = process.argv.slice(2);
const store = await openStore({ path: db, loadCorpus: false });
const cpu0 = mainThreadCpuSeconds();
const t0 = process.hrtime.bigint();
const summary = await ingestPaths(
  store,
  [dir],
  threads === undefined ? {} : { parseThreads: Number(threads) },
);
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
store.close();
const cpu1 = mainThreadCpuSeconds();
const cpu = process.cpuUsage();
const mainCpu = cpu0 === null || cpu1 === null ? null : cpu1 - cpu0;
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
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    // The same per document stored: on a shared machine, the figure to compare side by side.
    cpuMsPerDocument:
      summary.stored === 0
        ? null
        : (cpu.user + cpu.system) / 1000 / summary.stored,
    // CPU time of the thread that reads, hashes and stores during the ingest (parse threads excluded):
    // per document, the cost that bounds the rate however many threads parse. Linux only (else null).
    mainThreadCpuSeconds: mainCpu,
    mainThreadMsPerDocument:
      mainCpu === null || summary.stored === 0
        ? null
        : (mainCpu * 1000) / summary.stored,
    loadAverage: loadavg()[0],
  }),
);

/** CPU seconds (user + system) of this process's main thread, from /proc; null where there is none. */
function mainThreadCpuSeconds() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}
