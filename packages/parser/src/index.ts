export { extractPdfText } from "./internal/pdf-text";
export { PARSER_VERSION, parseDocument, parseText } from "./parse-document";
export type {
  Diagnostic,
  ParseOptions,
  ParseResult,
  Severity,
  Span,
} from "./types";
