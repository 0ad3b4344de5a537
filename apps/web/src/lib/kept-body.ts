import { createHash } from "node:crypto";

/**
 * A response body kept in memory with its entity tag (the shape of `@csi/api`'s `CachedResponse`).
 * It is sent as it is: Next.js drops a `Content-Encoding` set by a proxy or route handler, so kept
 * bodies cannot go out precompressed; the server compresses them for clients that accept it.
 */
export interface KeptBody {
  readonly body: Uint8Array<ArrayBuffer>;
  readonly contentType: string;
  /** A strong entity tag from a hash of the bytes. */
  readonly etag: string;
}

/** Tags `bytes` for keeping. */
export function keepBody(
  bytes: Uint8Array<ArrayBuffer>,
  contentType: string,
): KeptBody {
  const hash = createHash("sha256").update(bytes).digest("base64url");
  return { body: bytes, contentType, etag: `"${hash.slice(0, 27)}"` };
}

/** True when an `If-None-Match` header names the entity tag (weak comparison, as for GET). */
export function matchesEtag(
  ifNoneMatch: string | null | undefined,
  etag: string,
): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch
    .split(",")
    .some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

/**
 * A kept body as the response to a GET with these request headers: 304 when the client holds it
 * already, otherwise the bytes. They go out as a stream over the kept bytes, because
 * `new Response(bytes)` copies them for every response.
 */
export function keptResponse(
  request: { readonly headers: Headers },
  kept: KeptBody,
  headers: Readonly<Record<string, string>>,
): Response {
  const all = { ...headers, "content-type": kept.contentType, etag: kept.etag };
  if (matchesEtag(request.headers.get("if-none-match"), kept.etag))
    return new Response(null, { status: 304, headers: all });
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(kept.body);
      controller.close();
    },
  });
  return new Response(body, { headers: all });
}
