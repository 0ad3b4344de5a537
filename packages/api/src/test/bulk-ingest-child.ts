// Child process for the crash-safety and concurrency tests: opens the store at argv[2] and ingests the
// folder at argv[3], printing "done <n>" after each file and a JSON summary at the end.
// Run with: node --import tsx src/test/bulk-ingest-child.ts <db> <folder>
import { ingestPaths } from "../ingest/ingest-paths";
import { openStore } from "../open-store";

const [dbPath, folder] = process.argv.slice(2);
if (!dbPath || !folder)
  throw new Error("usage: bulk-ingest-child <db> <folder>");
const store = await openStore({ path: dbPath });
process.stdout.write("ready\n");
const summary = await ingestPaths(store, [folder], {
  onProgress: (progress) => {
    if (progress.type === "done")
      process.stdout.write(`done ${progress.done}\n`);
  },
});
store.close();
const { stored, unchanged, skipped, failed } = summary;
process.stdout.write(
  `${JSON.stringify({ stored, unchanged, skipped, failed })}\n`,
);
