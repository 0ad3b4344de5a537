import { createHash } from "node:crypto";

/** sha256 (hex) of a document's bytes: its identity in the store. */
export function contentHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The bytes of a document given as bytes or text (text is encoded as UTF-8). */
export function toBytes(content: Uint8Array | string): Uint8Array {
  return typeof content === "string"
    ? new TextEncoder().encode(content)
    : content;
}

/**
 * True when bytes are not a document csi reads: NUL bytes near the start, unless they are a PDF
 * (binary but wanted) or UTF-16 text with a byte order mark (every other byte of English is NUL).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8000);
  if (
    head.length >= 5 &&
    String.fromCharCode(...head.subarray(0, 5)) === "%PDF-"
  )
    return false;
  if (
    (head[0] === 0xff && head[1] === 0xfe) ||
    (head[0] === 0xfe && head[1] === 0xff)
  )
    return false;
  return head.includes(0);
}
