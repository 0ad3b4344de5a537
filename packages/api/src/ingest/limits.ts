import { formatBytes } from "../internal/format-bytes";

/** The largest document or request body accepted, in bytes (5 MB). */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** The message for a request body over the limit: what happened and what to do. */
export function bodyTooLargeMessage(limit: number, size?: number): string {
  return `the request body${size === undefined ? "" : ` (${size.toLocaleString("en-GB")} bytes)`} is over the ${formatBytes(limit)} limit; send a smaller document`;
}
