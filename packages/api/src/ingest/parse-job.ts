import type { DocumentFormat, IsoDate } from "@csi/domain";
import { parseDocument } from "@csi/parser";
import { toNewDocument } from "./ingest-document";

/** One document to parse: its bytes, their hash and what the parser needs to know about them. */
export interface ParseJob {
  readonly bytes: Uint8Array;
  /** sha256 (hex) of `bytes`: the stored document's id. */
  readonly sha256: string;
  readonly source: string;
  readonly format: DocumentFormat | "auto";
  readonly published?: IsoDate;
}

/**
 * The document to store, or why there is none. A parsed document comes as the JSON of its `NewDocument`
 * without `raw`, encoded as UTF-8: a parse thread hands its buffer over without copying it (an object
 * graph is cloned piece by piece on both sides), and it waits for its batch outside the JavaScript heap,
 * where thousands of waiting documents would make the collector work and the heap grow.
 */
export type ParseReply =
  | {
      readonly status: "parsed";
      /** `JSON.stringify` of the `NewDocument` (with `raw: null`), as UTF-8. */
      readonly json: Uint8Array<ArrayBuffer>;
      /** Whether the stored document keeps the original bytes as `raw` (HTML, PDF). */
      readonly keepsRaw: boolean;
    }
  /** The text is empty once read (a scanned PDF, a page that is all markup). */
  | { readonly status: "skipped"; readonly reason: string }
  /** The parser threw. */
  | { readonly status: "failed"; readonly message: string };

const encoder = new TextEncoder();

/** Parses one document on the current thread; a parser exception comes back as a value. */
export async function runParseJob(job: ParseJob): Promise<ParseReply> {
  try {
    const result = await parseDocument(job.bytes, {
      source: job.source,
      format: job.format,
      ...(job.published ? { published: job.published } : {}),
    });
    const made = toNewDocument(job.sha256, job.source, job.bytes, result);
    if (made.status === "skipped")
      return { status: "skipped", reason: made.reason };
    return {
      status: "parsed",
      json: encoder.encode(JSON.stringify({ ...made.document, raw: null })),
      keepsRaw: made.document.raw !== null,
    };
  } catch (cause) {
    return {
      status: "failed",
      message: cause instanceof Error ? cause.message : String(cause),
    };
  }
}
