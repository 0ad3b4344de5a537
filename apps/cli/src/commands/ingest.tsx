import {
  ingestPaths,
  reparseAll,
  type IngestSummary,
  type ReparseSummary,
} from "@csi/api";
import { resolve } from "node:path";
import { render, Text, Box } from "ink";
import { z } from "zod";
import type { Session } from "../api-types";
import { ingestProblemLines, ingestSummaryLine } from "../ingest-summary";
import { ProgressBar } from "../ui/components/progress-bar";
import { ThemeContext, themeFor } from "../ui/theme";
import { UsageError } from "../usage-error";

/** Options of `csi ingest`. */
export const ingestOptionsSchema = z.object({
  reparse: z.boolean().default(false),
  json: z.boolean().default(false),
});
/** Options of `csi ingest`, validated. */
export type IngestOptions = z.infer<typeof ingestOptionsSchema>;

/** Progress of a bulk job, for the bar. */
interface Progress {
  readonly label: string;
  readonly done: number;
  readonly total: number;
  readonly file: string;
}

function ProgressView({
  progress,
  width,
}: {
  readonly progress: Progress;
  readonly width: number;
}) {
  return (
    <Box flexDirection="column" width={width}>
      <Text>{progress.label}</Text>
      <ProgressBar done={progress.done} total={progress.total} width={width} />
      <Text wrap="truncate-start">{progress.file}</Text>
    </Box>
  );
}

/** A progress bar on stderr while `job` runs, when stderr is a terminal; nothing otherwise. */
async function withProgress<T>(
  label: string,
  job: (
    report: (done: number, total: number, file: string) => void,
  ) => Promise<T>,
): Promise<T> {
  if (!process.stderr.isTTY) return job(() => undefined);
  const theme = themeFor(process.env);
  const width = Math.max(20, Math.min(100, (process.stderr.columns || 80) - 1));
  const view = (progress: Progress) => (
    <ThemeContext.Provider value={theme}>
      <ProgressView progress={progress} width={width} />
    </ThemeContext.Provider>
  );
  const app = render(view({ label, done: 0, total: 0, file: "" }), {
    stdout: process.stderr,
    patchConsole: false,
    exitOnCtrlC: true,
  });
  try {
    return await job((done, total, file) =>
      app.rerender(view({ label, done, total, file })),
    );
  } finally {
    // An empty last frame erases the bar, so only the summary line stays on the terminal.
    app.rerender(null);
    app.unmount();
  }
}

function reparseLine(summary: ReparseSummary): string {
  return `reparsed ${summary.reparsed} of ${summary.total} documents (${summary.current} already current${summary.failed > 0 ? `, ${summary.failed} failed` : ""})`;
}

/**
 * `csi ingest PATH... [--reparse]`: reads files and folders into the database, then (with `--reparse`)
 * re-derives the facts of documents stored by an older parser. Prints one summary line (JSON with
 * `--json`); files that could not be read are listed on stderr. Exit 1 when a named path could not be
 * read or a document failed.
 */
export async function runIngest(
  session: Session,
  paths: readonly string[],
  options: IngestOptions,
): Promise<number> {
  if (paths.length === 0 && !options.reparse) {
    throw new UsageError(
      "nothing-to-do",
      "no file or folder to ingest",
      "Give one or more paths, e.g. `csi ingest ./articles`, or use --reparse.",
    );
  }
  let ingest: IngestSummary | undefined;
  if (paths.length > 0) {
    ingest = await withProgress("Reading documents", (report) =>
      ingestPaths(session.store, paths, {
        onProgress: (p) => report(p.done, p.total, p.file),
      }),
    );
  }
  const reparse = options.reparse
    ? await withProgress("Re-deriving facts", (report) =>
        reparseAll(session.store, {
          onProgress: (p) => report(p.done, p.total, p.outcome.source),
        }),
      )
    : undefined;

  // Name the paths the user gave as they gave them, not resolved.
  const named = new Map(paths.map((path) => [resolve(path), path]));
  const shown = (source: string) => named.get(source) ?? source;
  const unreadable =
    ingest?.outcomes.filter(
      (o) => o.status === "skipped" && named.has(o.source),
    ) ?? [];
  const failed = (ingest?.failed ?? 0) + (reparse?.failed ?? 0);
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify({ database: session.dbPath, ...(ingest ? { ingest } : {}), ...(reparse ? { reparse } : {}) }, null, 2)}\n`,
    );
  } else {
    if (ingest) {
      process.stdout.write(`${ingestSummaryLine(ingest)}\n`);
      for (const line of ingestProblemLines(ingest, shown))
        process.stderr.write(`${line}\n`);
    }
    if (reparse) {
      process.stdout.write(`${reparseLine(reparse)}\n`);
      for (const outcome of reparse.outcomes)
        if (outcome.status === "failed")
          process.stderr.write(
            `failed: ${outcome.source}: ${outcome.reason ?? ""}\n`,
          );
    }
  }
  if (unreadable.length > 0 || failed > 0) {
    const what = unreadable.map((o) => shown(o.source)).join(", ");
    process.stderr.write(
      unreadable.length > 0
        ? `csi: could not read ${what}\nCheck the path${unreadable.length > 1 ? "s" : ""}; csi ingest reads text, HTML and PDF files and folders of them.\n`
        : `csi: ${failed} document${failed === 1 ? "" : "s"} failed\nRun \`csi db check\`, and report the files above if they are valid documents.\n`,
    );
    return 1;
  }
  return 0;
}
