import { readFile } from "node:fs/promises";
import { extname } from "node:path";

/** The formats the parser reads. */
export type InputFormat = "text" | "html" | "pdf";

/** A file's content ready for the parser, or why it cannot be read. */
export type ReadDocumentResult =
  | {
      readonly ok: true;
      readonly input: string | Uint8Array;
      readonly format: InputFormat;
    }
  | { readonly ok: false; readonly message: string };

const FORMAT_BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  ".txt": "text",
  ".text": "text",
  ".md": "text",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".pdf": "pdf",
};

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

function isPdf(bytes: Uint8Array): boolean {
  return PDF_MAGIC.every((byte, i) => bytes[i] === byte);
}

// NUL bytes do not occur in text or HTML; they mark a binary file (a Word document, an image, a zip).
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

// Council web pages and older press releases are sometimes saved as Windows-1252, not UTF-8.
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

function describeReadError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return `no such file: ${path}`;
    case "EISDIR":
      return `${path} is a folder, not a file`;
    case "EACCES":
    case "EPERM":
      return `cannot read ${path}: permission denied`;
    default:
      return `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * Reads one document from disk and decides its format from the extension, or from its first bytes
 * when the extension says nothing. `format` forces a format. Never throws for I/O problems.
 */
export async function readDocumentFile(
  path: string,
  format: InputFormat | "auto" = "auto",
): Promise<ReadDocumentResult> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    return { ok: false, message: describeReadError(path, error) };
  }
  const detected: InputFormat | undefined =
    format !== "auto"
      ? format
      : isPdf(bytes)
        ? "pdf"
        : FORMAT_BY_EXTENSION[extname(path).toLowerCase()];
  if (detected === "pdf") {
    if (!isPdf(bytes))
      return {
        ok: false,
        message: `${path} is not a PDF (it does not start with %PDF-)`,
      };
    return { ok: true, input: bytes, format: "pdf" };
  }
  if (looksBinary(bytes))
    return {
      ok: false,
      message: `${path} is not a text, HTML or PDF document`,
    };
  const text = decodeText(bytes);
  if (detected) return { ok: true, input: text, format: detected };
  return {
    ok: true,
    input: text,
    format: /^\s*<(!doctype html|html|head|body)\b/i.test(text)
      ? "html"
      : "text",
  };
}
