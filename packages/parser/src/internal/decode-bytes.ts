/** What a byte buffer holds. */
export type DecodedBytes = { readonly kind: "pdf" } | { readonly kind: "string"; readonly text: string };

/** True when the bytes start with a PDF header (allowing a little leading junk, as readers do). */
export function isPdf(bytes: Uint8Array): boolean {
  const head = Math.min(bytes.length, 1024);
  for (let i = 0; i + 4 < head; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true;
  }
  return false;
}

/**
 * Decodes bytes: PDF by its header; UTF-8 or UTF-16 by a byte order mark; else UTF-8 when valid, else
 * Windows-1252 (old council pages).
 */
export function decodeBytes(bytes: Uint8Array): DecodedBytes {
  if (isPdf(bytes)) return { kind: "pdf" };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { kind: "string", text: new TextDecoder("utf-8").decode(bytes.subarray(3)) };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { kind: "string", text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { kind: "string", text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  try {
    return { kind: "string", text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return { kind: "string", text: new TextDecoder("windows-1252").decode(bytes) };
  }
}
