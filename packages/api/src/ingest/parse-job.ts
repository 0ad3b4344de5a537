import type { DocumentFormat, IsoDate } from "@csi/domain";
import { parseDocument, type ParseResult } from "@csi/parser";

/** One document to parse: its bytes and what the parser needs to know about them. */
export interface ParseJob {
  readonly bytes: Uint8Array;
  readonly source: string;
  readonly format: DocumentFormat | "auto";
  readonly published?: IsoDate;
}

/** The parser's result, or why it threw. */
export type ParseReply =
  | { readonly ok: true; readonly result: ParseResult }
  | { readonly ok: false; readonly message: string };

/** Parses one document on the current thread; a parser exception comes back as a value. */
export async function runParseJob(job: ParseJob): Promise<ParseReply> {
  try {
    const result = await parseDocument(job.bytes, {
      source: job.source,
      format: job.format,
      ...(job.published ? { published: job.published } : {}),
    });
    return { ok: true, result };
  } catch (cause) {
    return {
      ok: false,
      message: cause instanceof Error ? cause.message : String(cause),
    };
  }
}
