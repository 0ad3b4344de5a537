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
