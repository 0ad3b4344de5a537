import type { DocumentFormat } from "@csi/domain";
import type { ParseContext } from "./internal/context";
import { decodeBytes } from "./internal/decode-bytes";
import { htmlToText, looksLikeHtml } from "./internal/html-to-text";
import { extractPdfText } from "./internal/pdf-text";
import { splitSentences } from "./internal/segment";
import { tokenize } from "./internal/tokenize";
import { EXTRACTORS, REFINERS } from "./pipeline";
import type { ParseOptions, ParseResult } from "./types";

/** Version of the extraction rules; stored facts are re-derived when it changes. */
export const PARSER_VERSION = "1.0.0";

const VALID_FORMATS = new Set(["text", "html", "pdf", "auto"]);

function checkOptions(options: ParseOptions): void {
  if (options.format !== undefined && !VALID_FORMATS.has(options.format)) throw new TypeError(`parse options: unknown format ${String(options.format)}`);
  if (options.source !== undefined && typeof options.source !== "string") throw new TypeError("parse options: source must be a string");
}

function newContext(text: string, format: DocumentFormat, options: ParseOptions, title: string | null): ParseContext {
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens);
  const sentenceOf = new Int32Array(tokens.length);
  for (const s of sentences) sentenceOf.fill(s.index, s.start, s.end);
  const n = tokens.length;
  return {
    source: options.source ?? "input",
    format,
    text,
    tokens,
    sentences,
    sentenceOf,
    masked: new Uint8Array(sentences.length),
    optionsPublished: options.published,
    title,
    published: { iso: null, parts: undefined },
    names: [],
    grades: [],
    areas: [],
    cues: [],
    dates: [],
    nameAt: new Int32Array(n).fill(-1),
    gradeAt: new Int32Array(n).fill(-1),
    areaAt: new Int32Array(n).fill(-1),
    cueAt: new Int32Array(n).fill(-1),
    dateAt: new Int32Array(n).fill(-1),
    lastAuthority: new Array(sentences.length),
    topic: new Array(sentences.length),
    lastGroup: new Array(sentences.length),
    inspectorate: new Array(sentences.length),
    inspectionContext: false,
    judgements: [],
    visits: [],
    dateStatements: [],
    previousReferences: [],
    datedJudgements: [],
    datedVisits: [],
    inspections: [],
    diagnostics: [],
    debug: options.debug,
  };
}

function run(text: string, format: DocumentFormat, options: ParseOptions, title: string | null, htmlPublished: string | null): ParseResult {
  const published = options.published ?? htmlPublished ?? undefined;
  const ctx = newContext(text, format, { ...options, ...(published ? { published } : {}) }, title);
  for (const stage of [...EXTRACTORS, ...REFINERS]) {
    stage.run(ctx);
    ctx.debug?.(`${stage.ruleId}: ${ctx.judgements.length} judgement candidates, ${ctx.visits.length} visit candidates, ${ctx.inspections.length} inspections`);
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
export function parseText(input: string, options: ParseOptions = {}): ParseResult {
  checkOptions(options);
  if (options.format === "pdf") throw new TypeError("parseText cannot read PDF; use parseDocument with the file's bytes");
  const html = options.format === "html" || ((options.format ?? "auto") === "auto" && looksLikeHtml(input));
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
export async function parseDocument(input: string | Uint8Array, options: ParseOptions = {}): Promise<ParseResult> {
  checkOptions(options);
  if (typeof input === "string") {
    if (options.format === "pdf") return parseText(input, { ...options, format: "text" });
    return parseText(input, options);
  }
  const decoded = decodeBytes(input);
  if (decoded.kind === "pdf" && options.format !== "text" && options.format !== "html") {
    const text = await extractPdfText(input);
    const result = run(text, "pdf", options, null, null);
    if (text.trim() === "") {
      return { ...result, diagnostics: [...result.diagnostics, { ruleId: "parse-document", severity: "warning", message: "the PDF has no text layer (scanned?) or could not be read" }] };
    }
    return result;
  }
  const text = decoded.kind === "string" ? decoded.text : new TextDecoder("latin1").decode(input);
  return parseText(text, options.format === "pdf" ? { ...options, format: "auto" } : options);
}
