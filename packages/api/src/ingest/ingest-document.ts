import type { DocumentFormat, IsoDate } from "@csi/domain";
import { parseDocument } from "@csi/parser";
import type { DocumentSummary, Store, WriteOptions } from "../store/store";
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
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    return {
      status: "skipped",
      source: input.source,
      reason: `${bytes.byteLength.toLocaleString("en-GB")} bytes is over the ${formatBytes(MAX_DOCUMENT_BYTES)} limit`,
    };
  }
  if (
    bytes.byteLength === 0 ||
    (typeof input.content === "string" && input.content.trim() === "")
  ) {
    return {
      status: "skipped",
      source: input.source,
      reason: "the document is empty",
    };
  }
  if (typeof input.content !== "string" && looksBinary(bytes)) {
    return {
      status: "skipped",
      source: input.source,
      reason: "it is a binary file, not text, HTML or PDF",
    };
  }
  const sha256 = contentHash(bytes);
  const unchanged = (document: DocumentSummary): IngestOutcome => ({
    status: "unchanged",
    source: input.source,
    document,
    reason: `already stored as ${document.source} (${document.id.slice(0, 12)})`,
  });
  const existing = store.documentSummary(sha256);
  if (existing) return unchanged(existing);
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
    return {
      status: "failed",
      source: input.source,
      reason: `could not parse it: ${cause instanceof Error ? cause.message : String(cause)}`,
    };
  }
  if (parsed.text.trim() === "") {
    // Nothing to cite or search: a scanned PDF, a damaged one, or a page that is all markup.
    return {
      status: "skipped",
      source: input.source,
      reason:
        parsed.format === "pdf"
          ? "the PDF has no text to read (a scan without a text layer, or a damaged file)"
          : "the document has no text once its markup is removed",
    };
  }
  let outcome;
  try {
    outcome = store.writeDocument(
      {
        sha256,
        kind: "article",
        source: input.source,
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
      options,
    );
  } catch (cause) {
    // A database that cannot take writes (read-only, full, failing disk) fails every document after
    // this one too: stop here with the store's message. One document that cannot be stored (its facts
    // break an invariant, the database stays busy) must not end a bulk ingest; the outcome says why.
    if (isCsiError(cause) && cause.code === "database") throw cause;
    return {
      status: "failed",
      source: input.source,
      reason: `could not store it: ${cause instanceof Error ? cause.message : String(cause)}`,
    };
  }
  if (outcome.status === "unchanged") return unchanged(outcome.document);
  return {
    status: "stored",
    source: input.source,
    document: outcome.document,
    authorities: outcome.authorities,
  };
}
