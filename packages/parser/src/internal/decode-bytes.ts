/** What a byte buffer holds. */
export type DecodedBytes =
  { readonly kind: "pdf" } | { readonly kind: "string"; readonly text: string };

/** True when the bytes start with a PDF header (allowing a little leading junk, as readers do). */
export function isPdf(bytes: Uint8Array): boolean {
  const head = Math.min(bytes.length, 1024);
  for (let i = 0; i + 4 < head; i++) {
    if (
      bytes[i] === 0x25 &&
      bytes[i + 1] === 0x50 &&
      bytes[i + 2] === 0x44 &&
      bytes[i + 3] === 0x46 &&
      bytes[i + 4] === 0x2d
    )
      return true;
  }
  return false;
}

// Windows-1252 differs from Latin-1 in 0x80-0x9F (curly quotes, dashes, the euro sign).
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    let chunk = "";
    for (const b of bytes.subarray(i, i + 8192))
      chunk +=
        b >= 0x80 && b <= 0x9f
          ? CP1252_HIGH[b - 0x80]!
          : String.fromCharCode(b);
    parts.push(chunk);
  }
  return parts.join("");
}

/**
 * Decodes bytes: PDF by its header; UTF-8 or UTF-16 by a byte order mark; else UTF-8 when valid, else
 * Windows-1252 (old council pages).
 */
export function decodeBytes(bytes: Uint8Array): DecodedBytes {
  if (isPdf(bytes)) return { kind: "pdf" };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return {
      kind: "string",
      text: new TextDecoder("utf-8").decode(bytes.subarray(3)),
    };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return {
      kind: "string",
      text: new TextDecoder("utf-16le").decode(bytes.subarray(2)),
    };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return {
      kind: "string",
      text: new TextDecoder("utf-16be").decode(bytes.subarray(2)),
    };
  try {
    return {
      kind: "string",
      text: new TextDecoder("utf-8", { fatal: true }).decode(bytes),
    };
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return { kind: "string", text: decodeWindows1252(bytes) };
  }
}
