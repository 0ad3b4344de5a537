import type { DocumentFormat, Inspection, IsoDate } from "@csi/domain";

/** A half-open range of UTF-16 offsets into the result's `text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** How serious a diagnostic is. */
export type Severity = "error" | "warning" | "info";

/** Something the parser noticed but did not turn into a fact (ambiguity, skipped text, inferred values). */
export interface Diagnostic {
  readonly message: string;
  readonly severity: Severity;
  /** The extractor or refiner that raised it, e.g. `"extract-grade-list"`. */
  readonly ruleId: string;
  readonly span?: Span;
}

/** Options for {@link parseDocument}. */
export interface ParseOptions {
  /** Label for the input (file path, URL); copied into every evidence's `source`. Default `"input"`. */
  readonly source?: string;
  /** Input format; `"auto"` (default) detects HTML by its markup and PDF by its header. */
  readonly format?: DocumentFormat | "auto";
  /** Publication date to use when the text does not show one. */
  readonly published?: IsoDate;
  /** Receives trace messages from each stage. */
  readonly debug?: (message: string) => void;
}

/** What the parser found in one document. Every offset refers to `text`. */
export interface ParseResult {
  readonly source: string;
  readonly format: DocumentFormat;
  /** The text the facts' evidence offsets index into (for HTML and PDF, the extracted text). */
  readonly text: string;
  readonly title: string | null;
  readonly published: IsoDate | null;
  readonly inspections: Inspection[];
  readonly diagnostics: Diagnostic[];
  /** Version of the extraction rules; stored facts are re-derived when it changes. */
  readonly parserVersion: string;
}
