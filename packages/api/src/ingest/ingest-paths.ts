import { lstat, open, readdir, realpath, stat } from "node:fs/promises";
import { basename, extname, join, relative, resolve, sep } from "node:path";
import type { DocumentFormat } from "@csi/domain";
import type { Store } from "../store/store";
import { formatBytes } from "../internal/format-bytes";
import { ingestDocument, type IngestOutcome } from "./ingest-document";
import { MAX_DOCUMENT_BYTES } from "./limits";

/** File extensions a folder walk picks up, and the format each implies. */
export const INGEST_EXTENSIONS: Readonly<Record<string, DocumentFormat>> = {
  ".txt": "text",
  ".text": "text",
  ".md": "text",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".pdf": "pdf",
};

/** Progress of a bulk ingest: a file is about to be read (`start`), or it is finished (`done`). */
export type IngestProgress =
  | {
      readonly type: "start";
      readonly total: number;
      readonly done: number;
      readonly file: string;
    }
  | {
      readonly type: "done";
      readonly total: number;
      readonly done: number;
      readonly file: string;
      readonly outcome: IngestOutcome;
    };

/** Options for {@link ingestPaths}. */
export interface IngestPathsOptions {
  /** Called before and after each file, for progress bars. */
  readonly onProgress?: (progress: IngestProgress) => void;
  /** Stops before the next file when aborted. */
  readonly signal?: AbortSignal;
}

/** What a bulk ingest did, file by file. */
export interface IngestSummary {
  readonly total: number;
  readonly stored: number;
  readonly unchanged: number;
  readonly skipped: number;
  readonly failed: number;
  readonly outcomes: readonly IngestOutcome[];
}

interface Candidate {
  readonly path: string;
  readonly format?: DocumentFormat;
}

/**
 * Ingests files and folders. Folders are walked recursively (hidden files and folders are left out);
 * files that cannot be read, are not text, HTML or PDF, are empty or over 5 MB are skipped with a reason;
 * symbolic links are followed only when they stay inside the folder being walked. Each document is
 * stored in its own transaction, so an interrupted run keeps what it finished and a rerun completes it.
 */
export async function ingestPaths(
  store: Store,
  paths: readonly string[],
  options: IngestPathsOptions = {},
): Promise<IngestSummary> {
  const outcomes: IngestOutcome[] = [];
  const candidates: Candidate[] = [];
  for (const path of paths) {
    const found = await collect(resolve(path));
    candidates.push(...found.candidates);
    outcomes.push(...found.skipped);
  }
  const total = candidates.length + outcomes.length;
  let done = outcomes.length;
  for (const candidate of candidates) {
    if (options.signal?.aborted) break;
    options.onProgress?.({ type: "start", total, done, file: candidate.path });
    const outcome = await ingestFile(store, candidate);
    outcomes.push(outcome);
    done++;
    options.onProgress?.({
      type: "done",
      total,
      done,
      file: candidate.path,
      outcome,
    });
  }
  const tally = (status: IngestOutcome["status"]) =>
    outcomes.filter((o) => o.status === status).length;
  return {
    total,
    stored: tally("stored"),
    unchanged: tally("unchanged"),
    skipped: tally("skipped"),
    failed: tally("failed"),
    outcomes,
  };
}

async function ingestFile(
  store: Store,
  candidate: Candidate,
): Promise<IngestOutcome> {
  let bytes: Uint8Array;
  try {
    const info = await stat(candidate.path);
    if (info.size > MAX_DOCUMENT_BYTES) {
      return {
        status: "skipped",
        source: candidate.path,
        reason: `${info.size.toLocaleString("en-GB")} bytes is over the ${formatBytes(MAX_DOCUMENT_BYTES)} limit`,
      };
    }
    const handle = await open(candidate.path, "r");
    try {
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (cause) {
    return {
      status: "skipped",
      source: candidate.path,
      reason: `cannot read it: ${describeFsError(cause)}`,
    };
  }
  return ingestDocument(store, {
    content: bytes,
    source: candidate.path,
    format: candidate.format ?? "auto",
  });
}

async function collect(
  path: string,
): Promise<{ candidates: Candidate[]; skipped: IngestOutcome[] }> {
  const candidates: Candidate[] = [];
  const skipped: IngestOutcome[] = [];
  const skip = (source: string, reason: string) =>
    skipped.push({ status: "skipped", source, reason });
  let info;
  try {
    info = await stat(path);
  } catch (cause) {
    skip(path, `cannot read it: ${describeFsError(cause)}`);
    return { candidates, skipped };
  }
  if (!info.isDirectory()) {
    // A file named on the command line is read whatever its extension; its content decides the format.
    if (info.isFile()) candidates.push({ path, ...formatOf(path) });
    else skip(path, "it is not a regular file or a folder");
    return { candidates, skipped };
  }
  const root = await realpath(path);
  const seen = new Set<string>([root]);
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (cause) {
      skip(dir, `cannot list the folder: ${describeFsError(cause)}`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const full = join(dir, entry.name);
      let target = full;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          target = await realpath(full);
          const linked = await lstat(target);
          isDir = linked.isDirectory();
          isFile = linked.isFile();
        } catch (cause) {
          skip(full, `cannot follow the link: ${describeFsError(cause)}`);
          continue;
        }
        if (target !== root && !target.startsWith(root + sep)) {
          skip(
            full,
            `it links outside ${path} (to ${target}); links are followed only inside the folder`,
          );
          continue;
        }
      }
      if (isDir) {
        if (seen.has(target)) continue;
        seen.add(target);
        await walk(full);
      } else if (isFile) {
        const format = INGEST_EXTENSIONS[extname(entry.name).toLowerCase()];
        if (format) candidates.push({ path: full, format });
        else
          skip(
            full,
            `${extname(entry.name) || "a file without an extension"} is not a supported type (${Object.keys(INGEST_EXTENSIONS).join(" ")})`,
          );
      } else {
        skip(full, "it is not a regular file or a folder");
      }
    }
  };
  await walk(path);
  // Relative order keeps progress output stable between runs.
  candidates.sort((a, b) =>
    relative(path, a.path).localeCompare(relative(path, b.path)),
  );
  return { candidates, skipped };
}

function formatOf(path: string): { format?: DocumentFormat } {
  const format = INGEST_EXTENSIONS[extname(basename(path)).toLowerCase()];
  return format ? { format } : {};
}

function describeFsError(cause: unknown): string {
  const code = (cause as { code?: string } | null)?.code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOENT":
      return "no such file or folder";
    case "ELOOP":
      return "too many levels of symbolic links";
    case "EISDIR":
      return "it is a folder";
    default:
      return cause instanceof Error ? cause.message : String(cause);
  }
}
