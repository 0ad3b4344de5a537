import { timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";

/** True for 127.0.0.0/8, ::1 and IPv4-mapped loopback addresses. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "");
  if (plain === "::1") return true;
  const v4 = plain.startsWith("::ffff:")
    ? plain.slice("::ffff:".length)
    : plain;
  return isIP(v4) === 4 && v4.startsWith("127.");
}

/** What decides whether a request may write. */
export interface WriteRequest {
  /** The peer's address. */
  readonly remoteAddress: string | undefined;
  /** The `Authorization` header. */
  readonly authorization: string | null | undefined;
  /** The `Origin` header (browsers send it on cross-site requests). */
  readonly origin: string | null | undefined;
  /** The `Host` header. */
  readonly host: string | null | undefined;
  /** The token from `CSI_WRITE_TOKEN`, when the server has one. */
  readonly writeToken: string | undefined;
}

/**
 * Writes are allowed with `Authorization: Bearer <token>` matching the server's token, or from a
 * loopback address. A loopback request that a browser sent on behalf of another site (its `Origin` is
 * not this host) is refused, so a web page cannot write through a local server.
 */
export function canWrite(request: WriteRequest): boolean {
  if (request.writeToken && hasToken(request.authorization, request.writeToken))
    return true;
  if (!isLoopbackAddress(request.remoteAddress)) return false;
  if (request.origin && request.origin !== "null") {
    try {
      return new URL(request.origin).host === request.host;
    } catch {
      return false;
    }
  }
  return true;
}

function hasToken(
  authorization: string | null | undefined,
  token: string,
): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(authorization?.trim() ?? "");
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
