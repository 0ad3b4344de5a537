import { z } from "zod";

/**
 * Schema for a piece of evidence: the exact words in a source that support a fact.
 * `start`/`end` are 0-based UTF-16 offsets into the source's text, half-open, so
 * `text.slice(start, end) === quote`.
 */
export const EvidenceSchema = z
  .object({
    /** The source's label: a file path, a URL, a document id, or a register row reference. */
    source: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    quote: z.string(),
  })
  .refine((e) => e.end >= e.start, {
    message: "evidence end is before its start",
  })
  .refine((e) => e.quote.length === e.end - e.start, {
    message: "evidence quote length does not match its span",
  });
/** The exact words in a source that support a fact, with their offsets. */
export type Evidence = z.infer<typeof EvidenceSchema>;
