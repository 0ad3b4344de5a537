import type { DocumentFormat } from "@csi/domain";
import { createContext } from "./internal/create-context";
import { decodeBytes } from "./internal/decode-bytes";
import { htmlToText, looksLikeHtml } from "./internal/html-to-text";
import { extractPdfText } from "./internal/pdf-text";
import { EXTRACTORS, REFINERS } from "./pipeline";
import type { ParseOptions, ParseResult } from "./types";

/** Version of the extraction rules; stored facts are re-derived when it changes. */
export const PARSER_VERSION = "1.4.0";

const VALID_FORMATS = new Set(["text", "html", "pdf", "auto"]);

function checkOptions(options: ParseOptions): void {
  if (options.format !== undefined && !VALID_FORMATS.has(options.format))
    throw new TypeError(
      `parse options: unknown format ${String(options.format)}`,
    );
  if (options.source !== undefined && typeof options.source !== "string")
    throw new TypeError("parse options: source must be a string");
}

function run(
  text: string,
  format: DocumentFormat,
  options: ParseOptions,
  title: string | null,
  htmlPublished: string | null,
): ParseResult {
  const published = options.published ?? htmlPublished ?? undefined;
  const ctx = createContext(
    text,
    format,
    { ...options, ...(published ? { published } : {}) },
    title,
  );
  for (const stage of [...EXTRACTORS, ...REFINERS]) {
    stage.run(ctx);
    ctx.debug?.(
      `${stage.ruleId}: ${ctx.judgements.length} judgement candidates, ${ctx.visits.length} visit candidates, ${ctx.inspections.length} inspections`,
    );
  }
  return {
    source: ctx.source,
    format,
    text,
    title: ctx.title,
    published: ctx.published.iso,
    inspections: ctx.inspections,
    diagnostics: ctx.diagnostics,
    parserVersion: PARSER_VERSION,
  };
}

/**
 * Parses plain text or an HTML string synchronously. HTML (by `format`, or detected from its markup
 * when `format` is `"auto"`) is reduced to its article text first; evidence offsets index into the
 * returned `text`. Never throws on any string; throws `TypeError` only for invalid options.
 * @example parseText("Wigan Council's children's services have been rated good by Ofsted.", { published: "2019-05-01" }).inspections[0]?.judgements
 */
export function parseText(
  input: string,
  options: ParseOptions = {},
): ParseResult {
  checkOptions(options);
  if (options.format === "pdf")
    throw new TypeError(
      "parseText cannot read PDF; use parseDocument with the file's bytes",
    );
  const html =
    options.format === "html" ||
    ((options.format ?? "auto") === "auto" && looksLikeHtml(input));
  if (html) {
    const page = htmlToText(input);
    return run(page.text, "html", options, page.title, page.published);
  }
  return run(input, "text", options, null, null);
}

/**
 * Parses a document: a string (plain text or HTML) or bytes (a PDF, detected by its `%PDF` header, or
 * text in UTF-8 / UTF-16 with a byte order mark). Returns every inspection found, with evidence for each
 * fact, and diagnostics for what was ambiguous or skipped.
 * @example const result = await parseDocument(await readFile("report.pdf"), { source: "report.pdf" });
 */
export async function parseDocument(
  input: string | Uint8Array,
  options: ParseOptions = {},
): Promise<ParseResult> {
  checkOptions(options);
  if (typeof input === "string") {
    if (options.format === "pdf")
      return parseText(input, { ...options, format: "text" });
    return parseText(input, options);
  }
  const decoded = decodeBytes(input);
  if (
    decoded.kind === "pdf" &&
    options.format !== "text" &&
    options.format !== "html"
  ) {
    const text = await extractPdfText(input);
    const result = run(text, "pdf", options, null, null);
    if (text.trim() === "") {
      return {
        ...result,
        diagnostics: [
          ...result.diagnostics,
          {
            ruleId: "parse-document",
            severity: "warning",
            message:
              "the PDF has no text layer (scanned?) or could not be read",
          },
        ],
      };
    }
    return result;
  }
  const text =
    decoded.kind === "string"
      ? decoded.text
      : new TextDecoder("latin1").decode(input);
  return parseText(
    text,
    options.format === "pdf" ? { ...options, format: "auto" } : options,
  );
}
