import type { DocumentFormat, IsoDate } from "@csi/domain";
import { parseDocument, type ParseResult } from "@csi/parser";
import type {
  DocumentSummary,
  NewDocument,
  Store,
  WriteOptions,
  WriteOutcome,
} from "../store/store";
import { isCsiError } from "../errors";
import { contentHash, looksBinary, toBytes } from "../internal/bytes";
import { formatBytes } from "../internal/format-bytes";
import { MAX_DOCUMENT_BYTES } from "./limits";

/** A document to ingest: its content and a label for it. */
export interface IngestInput {
  /** The original bytes, or text (stored as UTF-8). */
  readonly content: Uint8Array | string;
  /** File path, URL or label; evidence cites it. */
  readonly source: string;
  /** Default `"auto"`: HTML and PDF are recognised by their content. */
  readonly format?: DocumentFormat | "auto";
  /** Publication date to use when the text shows none. */
  readonly published?: IsoDate;
}

/** What happened to one document. */
export type IngestOutcome =
  | {
      readonly status: "stored";
      readonly source: string;
      readonly document: DocumentSummary;
      /** GSS codes of the authorities it asserts something about. */
      readonly authorities: readonly string[];
    }
  | {
      readonly status: "unchanged";
      readonly source: string;
      readonly document: DocumentSummary;
      readonly reason: string;
    }
  | {
      readonly status: "skipped";
      readonly source: string;
      readonly reason: string;
    }
  | {
      readonly status: "failed";
      readonly source: string;
      readonly reason: string;
    };

/**
 * Parses one document and stores it with its facts in one transaction. Idempotent by content: the same
 * bytes a second time (from this process or another) change nothing and come back `unchanged`.
 * Empty, binary, oversized (> 5 MB) documents and those with no text (a scanned PDF) are `skipped`.
 * With `reconcile: "later"` the authorities it touches are left for `store.reconcilePending()`.
 * Throws a `CsiError` (code `database`) when the database cannot be written (read-only, full):
 * nothing of the document is stored then, and nothing stored before is touched.
 */
export async function ingestDocument(
  store: Store,
  input: IngestInput,
  options: WriteOptions = {},
): Promise<IngestOutcome> {
  const bytes = toBytes(input.content);
  const refused = screenDocument(
    bytes,
    input.source,
    typeof input.content === "string" ? input.content : undefined,
  );
  if (refused) return refused;
  const sha256 = contentHash(bytes);
  const existing = store.documentSummary(sha256);
  if (existing) return unchangedOutcome(input.source, existing);
  let parsed;
  try {
    parsed = await parseDocument(
      typeof input.content === "string" ? input.content : bytes,
      {
        source: input.source,
        format: input.format ?? "auto",
        ...(input.published ? { published: input.published } : {}),
      },
    );
  } catch (cause) {
    return parseFailedOutcome(
      input.source,
      cause instanceof Error ? cause.message : String(cause),
    );
  }
  const prepared = toNewDocument(sha256, input.source, bytes, parsed);
  if (prepared.status === "skipped") return prepared;
  let outcome;
  try {
    outcome = store.writeDocument(prepared.document, options);
  } catch (cause) {
    // A database that cannot take writes (read-only, full, failing disk) fails every document after
    // this one too: stop here with the store's message. One document that cannot be stored (its facts
    // break an invariant, the database stays busy) must not end a bulk ingest; the outcome says why.
    if (isCsiError(cause) && cause.code === "database") throw cause;
    return storeFailedOutcome(
      input.source,
      cause instanceof Error ? cause.message : String(cause),
    );
  }
  return writtenOutcome(input.source, outcome);
}

/**
 * Why a document is not read at all (over the size limit, empty, binary), or `undefined` when it may be.
 * `text` is the document when it was given as a string.
 */
export function screenDocument(
  bytes: Uint8Array,
  source: string,
  text?: string,
): IngestOutcome | undefined {
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    return {
      status: "skipped",
      source,
      reason: `${bytes.byteLength.toLocaleString("en-GB")} bytes is over the ${formatBytes(MAX_DOCUMENT_BYTES)} limit`,
    };
  }
  if (bytes.byteLength === 0 || (text !== undefined && text.trim() === "")) {
    return { status: "skipped", source, reason: "the document is empty" };
  }
  if (text === undefined && looksBinary(bytes)) {
    return {
      status: "skipped",
      source,
      reason: "it is a binary file, not text, HTML or PDF",
    };
  }
  return undefined;
}

/** The outcome for content that is stored already. */
export function unchangedOutcome(
  source: string,
  document: DocumentSummary,
): IngestOutcome {
  return {
    status: "unchanged",
    source,
    document,
    reason: `already stored as ${document.source} (${document.id.slice(0, 12)})`,
  };
}

/** The outcome for a document the parser threw on. */
export function parseFailedOutcome(
  source: string,
  message: string,
): IngestOutcome {
  return { status: "failed", source, reason: `could not parse it: ${message}` };
}

/** The outcome for a document the store refused on its own (not a fault of the database). */
export function storeFailedOutcome(
  source: string,
  message: string,
): IngestOutcome {
  return { status: "failed", source, reason: `could not store it: ${message}` };
}

/** The outcome of a write that stored the document or found it stored. */
export function writtenOutcome(
  source: string,
  outcome: WriteOutcome,
): IngestOutcome {
  if (outcome.status === "unchanged")
    return unchangedOutcome(source, outcome.document);
  return {
    status: "stored",
    source,
    document: outcome.document,
    authorities: outcome.authorities,
  };
}

/** The document to write from the parser's result, or why it is skipped (no text to cite). */
export function toNewDocument(
  sha256: string,
  source: string,
  bytes: Uint8Array,
  parsed: ParseResult,
):
  | { readonly status: "ready"; readonly document: NewDocument }
  | Extract<IngestOutcome, { status: "skipped" }> {
  if (parsed.text.trim() === "") {
    // Nothing to cite or search: a scanned PDF, a damaged one, or a page that is all markup.
    return {
      status: "skipped",
      source,
      reason:
        parsed.format === "pdf"
          ? "the PDF has no text to read (a scan without a text layer, or a damaged file)"
          : "the document has no text once its markup is removed",
    };
  }
  return {
    status: "ready",
    document: {
      sha256,
      kind: "article",
      source,
      title: parsed.title,
      published: parsed.published,
      format: parsed.format,
      text: parsed.text,
      raw: parsed.format === "text" ? null : bytes,
      byteSize: bytes.byteLength,
      parserVersion: parsed.parserVersion,
      diagnostics: parsed.diagnostics,
      inspections: parsed.inspections,
    },
  };
}
