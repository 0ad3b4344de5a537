import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename, extname, join, relative, resolve, sep } from "node:path";
import type { DocumentFormat } from "@csi/domain";
import { isCsiError } from "../errors";
import { contentHash } from "../internal/bytes";
import { formatBytes } from "../internal/format-bytes";
import type { BatchWriteOutcome, NewDocument, Store } from "../store/store";
import {
  parseFailedOutcome,
  screenDocument,
  storeFailedOutcome,
  unchangedOutcome,
  writtenOutcome,
  type IngestOutcome,
} from "./ingest-document";
import { MAX_DOCUMENT_BYTES } from "./limits";
import { openParsePool, type ParsePool } from "./parse-pool";

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

/**
 * Progress of a bulk ingest: a file is about to be read (`start`), or its outcome is final (`done`; for a
 * stored document, once its batch is committed). Files start and finish in the same order.
 */
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
  /** Stops reading new files when aborted; files already started are finished and stored. */
  readonly signal?: AbortSignal;
  /**
   * Threads that parse documents while this one stores them. Default: one per CPU core (storing costs
   * far less than parsing, so this thread shares a core), at most 4, for runs of at least 250 files (fewer
   * are parsed on this thread, sooner than threads start). Each thread holds its own copy of the parser
   * (about 40 MB, more while it parses). 0 parses every document on this thread.
   */
  readonly parseThreads?: number;
  /** Most documents written in one transaction (default 1,000). */
  readonly batchSize?: number;
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
 * A file read and parsed, waiting for its batch; or one whose outcome is known without writing. A waiting
 * document is kept as UTF-8 JSON (one buffer outside the heap instead of thousands of small objects,
 * which V8 would keep until its next full collection) and its original bytes; the batch rebuilds it when
 * writing.
 */
type Prepared =
  | { readonly status: "settled"; readonly outcome: IngestOutcome }
  | {
      readonly status: "ready";
      readonly source: string;
      /** The document as UTF-8 JSON, without `raw`. */
      readonly json: Uint8Array;
      readonly raw: Uint8Array | null;
      /** What it holds in memory, roughly. */
      readonly bytes: number;
    };

type Ready = Extract<Prepared, { status: "ready" }>;

const decoder = new TextDecoder();

function documentOf(ready: Ready): NewDocument {
  const document = JSON.parse(decoder.decode(ready.json)) as NewDocument;
  return { ...document, raw: ready.raw };
}

function* documentsOf(list: readonly Ready[]): Generator<NewDocument> {
  for (const ready of list) yield documentOf(ready);
}

/** Starting a parse thread takes about as long as parsing a hundred documents: small runs parse here. */
const MIN_FILES_FOR_THREADS = 250;
const MAX_THREADS = 4;
const DEFAULT_BATCH_SIZE = 1000;
/**
 * Bytes of documents held for one batch at most (their text, original bytes and facts as JSON): about 250
 * articles. A batch re-reconciles every run of years its claims touch, with all the claims already stored
 * there, so the same run is rebuilt once per batch that touches it: past a few thousand documents, most of
 * the calling thread's time. Bigger batches cost that thread less per document but hold more memory: at
 * 12 MB the process peaked at about 310 MB over 10,000 articles, past the 300 MB budget.
 */
const MAX_BATCH_BYTES = 6 * 1024 * 1024;
/**
 * Files read and sent for parsing ahead of the batch being written, per parse thread: enough to keep the
 * threads parsing while a batch commits (under a second). Each holds its bytes and, once parsed, its JSON.
 */
const AHEAD_PER_PARSE_THREAD = 64;
/**
 * A batch is committed once it is this old, so readers see progress and other writers get a turn... On a
 * busy machine (parsing slower than usual) this, not the size above, ends most batches: 2 seconds made
 * them half as big as the size allows, and reconciling costlier per document just when time is short.
 */
const MIN_BATCH_MS = 4000;
/** ...or, once committing takes long (reconciling big authorities), four times as old as the last commit took. */
const COMMIT_SHARE = 4;

/**
 * Ingests files and folders. Folders are walked recursively (hidden files and folders are left out);
 * files that cannot be read, are not text, HTML or PDF, are empty or over 5 MB are skipped with a reason;
 * symbolic links are followed only when they stay inside the folder being walked.
 *
 * Documents are parsed on worker threads while this thread stores them, in batches: each batch, with
 * the reconciling of every authority it touches, is one transaction, so readers see a batch whole and
 * linked to its inspections or not at all, and an interrupted run keeps every batch it committed (a rerun
 * completes it). Batches start at one document and double up to `batchSize` documents, 12 MB, or a few
 * seconds of work; a document the store refuses fails alone. Batches commit without waiting for the disk
 * (a crash of the process loses none of them) and the run syncs once at its end. When the database cannot
 * be written (read-only, full), what fits is stored document by document and the run throws that
 * `CsiError`. Content already stored is found by its hash without parsing it.
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
  const threads =
    options.parseThreads ??
    (candidates.length >= MIN_FILES_FOR_THREADS
      ? Math.max(1, Math.min(MAX_THREADS, availableParallelism()))
      : 0);
  let pool: ParsePool | undefined;
  // Threads start when the first document needs parsing: a rerun over stored files needs none.
  const parser = () => (pool ??= openParsePool({ threads }));
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);

  const finish = (candidate: Candidate, outcome: IngestOutcome) => {
    outcomes.push(outcome);
    done++;
    options.onProgress?.({
      type: "done",
      total,
      done,
      file: candidate.path,
      outcome,
    });
  };

  // Files in flight, in order: read, hashed and parsed ahead of the batch being written.
  const ahead: { candidate: Candidate; prepared: Promise<Prepared> }[] = [];
  let next = 0;
  // The first file goes alone, so a database that cannot take writes stops the run before more are read.
  let opened = false;
  const fill = () => {
    // With threads: enough for each to keep parsing while a batch commits. Without: a few, parsed here
    // as they are read.
    const limit = !opened
      ? 1
      : threads > 0
        ? threads * AHEAD_PER_PARSE_THREAD
        : 8;
    while (
      ahead.length < limit &&
      next < candidates.length &&
      !options.signal?.aborted
    ) {
      const candidate = candidates[next++];
      if (!candidate) break;
      options.onProgress?.({
        type: "start",
        total,
        done,
        file: candidate.path,
      });
      const prepared = prepare(store, candidate, parser);
      // Settled below in order; a run that stops early must not leave a rejection unhandled.
      prepared.catch(() => undefined);
      ahead.push({ candidate, prepared });
    }
  };

  let batch: { candidate: Candidate; prepared: Prepared }[] = [];
  let writes = 0;
  let bytes = 0;
  let limit = 1;
  let started = 0;
  let lastCommitMs = 0;
  const flush = () => {
    const entries = batch;
    batch = [];
    writes = 0;
    bytes = 0;
    const t0 = performance.now();
    writeBatch(store, entries, finish);
    lastCommitMs = performance.now() - t0;
    opened = true;
    limit = Math.min(batchSize, limit * 2);
  };

  // Reading, hashing and parsing on this thread finish without giving the event loop a turn; a
  // progress display (the terminal UI) would show nothing until the end. Give it one every 16 ms.
  let lastTurn = 0;
  try {
    for (;;) {
      fill();
      if (performance.now() - lastTurn >= 16) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        lastTurn = performance.now();
      }
      const head = ahead.shift();
      if (!head) break;
      const prepared = await head.prepared;
      if (prepared.status === "settled" && writes === 0) {
        // Nothing waits to be written before it: final now.
        finish(head.candidate, prepared.outcome);
        opened = true;
        continue;
      }
      if (writes === 0) started = performance.now();
      batch.push({ candidate: head.candidate, prepared });
      if (prepared.status === "ready") {
        writes++;
        bytes += prepared.bytes;
      }
      const due =
        writes >= limit ||
        bytes >= MAX_BATCH_BYTES ||
        performance.now() - started >=
          Math.max(MIN_BATCH_MS, COMMIT_SHARE * lastCommitMs);
      if (due || (ahead.length === 0 && next >= candidates.length)) flush();
      else if (ahead.length === 0) {
        // Stopped reading (aborted): write what was read.
        fill();
        if (ahead.length === 0) flush();
      }
    }
    if (batch.length > 0) flush();
    // Batches commit without waiting for the disk; the run is durable once it returns.
    if (opened) store.sync();
  } finally {
    await pool?.close();
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

const UNSYNCED = { sync: "later" } as const;

/**
 * Writes a batch in one transaction and reports each file in order. When the batch as a whole fails
 * (the database is full, or reconciling failed), its documents are written one by one so that what fits
 * is kept: a document that fails alone fails, and a database fault ends the run after the files before it.
 */
function writeBatch(
  store: Store,
  entries: readonly { candidate: Candidate; prepared: Prepared }[],
  finish: (candidate: Candidate, outcome: IngestOutcome) => void,
): void {
  const ready = entries.flatMap((e) =>
    e.prepared.status === "ready" ? [e.prepared] : [],
  );
  let written: readonly BatchWriteOutcome[] | undefined;
  if (ready.length > 1) {
    try {
      written = store.writeDocuments(documentsOf(ready), UNSYNCED);
    } catch {
      written = undefined;
    }
  }
  let index = 0;
  for (const { candidate, prepared } of entries) {
    if (prepared.status === "settled") {
      finish(candidate, prepared.outcome);
      continue;
    }
    const outcome = written?.[index++] ?? writeOne(store, documentOf(prepared));
    finish(
      candidate,
      outcome.status === "failed"
        ? storeFailedOutcome(prepared.source, outcome.reason)
        : writtenOutcome(prepared.source, outcome),
    );
  }
}

/** Writes one document in its own transaction; throws only when the database itself fails. */
function writeOne(store: Store, document: NewDocument): BatchWriteOutcome {
  try {
    const [outcome] = store.writeDocuments([document], UNSYNCED);
    return outcome ?? { status: "failed", reason: "it was not written" };
  } catch (cause) {
    if (isCsiError(cause) && cause.code === "database") throw cause;
    return {
      status: "failed",
      reason: cause instanceof Error ? cause.message : String(cause),
    };
  }
}

/** Reads, screens, hashes and (unless it is stored already) parses one file. */
async function prepare(
  store: Store,
  candidate: Candidate,
  parser: () => ParsePool,
): Promise<Prepared> {
  const source = candidate.path;
  const read = readCandidate(candidate);
  if ("status" in read) return { status: "settled", outcome: read };
  const bytes = read.bytes;
  const refused = screenDocument(bytes, source);
  if (refused) return { status: "settled", outcome: refused };
  const sha256 = contentHash(bytes);
  const existing = store.documentSummary(sha256);
  if (existing)
    return { status: "settled", outcome: unchangedOutcome(source, existing) };
  const reply = await parser().parse({
    bytes,
    sha256,
    source,
    // A .txt file may hold a saved web page: its content decides between text and HTML.
    format:
      candidate.format === undefined || candidate.format === "text"
        ? "auto"
        : candidate.format,
  });
  switch (reply.status) {
    case "failed":
      return {
        status: "settled",
        outcome: parseFailedOutcome(source, reply.message),
      };
    case "skipped":
      return {
        status: "settled",
        outcome: { status: "skipped", source, reason: reply.reason },
      };
    case "parsed": {
      const raw = reply.keepsRaw ? bytes : null;
      return {
        status: "ready",
        source,
        json: reply.json,
        raw,
        bytes: reply.json.byteLength + (raw?.byteLength ?? 0),
      };
    }
  }
}

/**
 * Reads one file through one open descriptor: its size and its bytes, so a file that changes between the
 * two is never read past the limit. Synchronous: documents are small and the threads parse meanwhile, and
 * a rerun over stored files is mostly reading them (a promise per call costs more than the read).
 */
function readCandidate(
  candidate: Candidate,
): { bytes: Buffer } | IngestOutcome {
  let fd: number | undefined;
  try {
    fd = openSync(candidate.path, "r");
    const size = fstatSync(fd).size;
    if (size > MAX_DOCUMENT_BYTES) {
      return {
        status: "skipped",
        source: candidate.path,
        reason: `${size.toLocaleString("en-GB")} bytes is over the ${formatBytes(MAX_DOCUMENT_BYTES)} limit`,
      };
    }
    return { bytes: readFileSync(fd) };
  } catch (cause) {
    return {
      status: "skipped",
      source: candidate.path,
      reason: `cannot read it: ${describeFsError(cause)}`,
    };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
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
