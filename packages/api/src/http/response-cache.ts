import { createHash } from "node:crypto";

/** A stored query response: its bytes, content type and entity tag. */
export interface CachedResponse {
  readonly body: Uint8Array<ArrayBuffer>;
  readonly contentType: string;
  /** A strong entity tag: the same bytes always have the same tag. */
  readonly etag: string;
}

/** Limits of a {@link ResponseCache}. */
export interface ResponseCacheOptions {
  /** Most responses kept (default 256). */
  readonly maxEntries?: number;
  /** Most bytes kept across all responses (default 64 MB). */
  readonly maxBytes?: number;
  /** Largest single response kept (default 4 MB); larger ones are always computed. */
  readonly maxEntryBytes?: number;
}

interface Entry extends CachedResponse {
  readonly revision: string;
}

/**
 * Successful query responses keyed by request URL, each valid for one database revision
 * (`Store.revision()`). Every query is a function of its input and the stored data, so an answer
 * computed at a revision is the answer until something commits; a commit by this or any other
 * process changes the revision and the entry is recomputed on its next request. Least recently used
 * entries go first when the limits are reached.
 *
 * Read the revision before computing a response and store it with that revision: a commit landing in
 * between then only makes the entry unreachable, never serves old data under a new revision.
 */
export class ResponseCache {
  readonly #entries = new Map<string, Entry>();
  readonly #maxEntries: number;
  readonly #maxBytes: number;
  readonly #maxEntryBytes: number;
  #bytes = 0;

  constructor(options: ResponseCacheOptions = {}) {
    this.#maxEntries = options.maxEntries ?? 256;
    this.#maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.#maxEntryBytes = Math.min(
      options.maxEntryBytes ?? 4 * 1024 * 1024,
      this.#maxBytes,
    );
  }

  /** Responses held now. */
  get size(): number {
    return this.#entries.size;
  }

  /** Bytes held now. */
  get bytes(): number {
    return this.#bytes;
  }

  /** The response stored for `key` at `revision`; an entry from another revision is dropped. */
  get(key: string, revision: string): CachedResponse | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#delete(key, entry);
    if (entry.revision !== revision) return undefined;
    this.#entries.set(key, entry); // most recently used last
    this.#bytes += entry.body.byteLength;
    return entry;
  }

  /** Keeps a response computed at `revision`; returns it with its entity tag (even when too large to keep). */
  set(
    key: string,
    revision: string,
    body: Uint8Array<ArrayBuffer>,
    contentType: string,
  ): CachedResponse {
    const entry: Entry = {
      revision,
      body,
      contentType,
      etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`,
    };
    const previous = this.#entries.get(key);
    if (previous) this.#delete(key, previous);
    if (body.byteLength > this.#maxEntryBytes) return entry;
    this.#entries.set(key, entry);
    this.#bytes += body.byteLength;
    for (const [oldest, old] of this.#entries) {
      if (
        this.#entries.size <= this.#maxEntries &&
        this.#bytes <= this.#maxBytes
      )
        break;
      this.#delete(oldest, old);
    }
    return entry;
  }

  /** Drops everything. */
  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }

  #delete(key: string, entry: Entry): void {
    this.#entries.delete(key);
    this.#bytes -= entry.body.byteLength;
  }
}

/**
 * The cache key of a request when its response may be cached: a plain GET of a query, answered as
 * one JSON document. Streaming (`trpc-accept`) and subscription requests are not cached.
 */
export function cacheableKey(
  method: string | undefined,
  url: string,
  header: (name: string) => string | null | undefined,
): string | undefined {
  if (method !== "GET" && method !== "HEAD") return undefined;
  if (header("trpc-accept") || header("authorization")) return undefined;
  return url;
}

/** The headers a kept answer is sent with: clients may keep it but must ask again each time. */
export function cachedHeaders(cached: CachedResponse): Record<string, string> {
  return {
    "content-type": cached.contentType,
    etag: cached.etag,
    "cache-control": "no-cache",
  };
}

/** True when the request's `If-None-Match` names the entity tag. */
export function matchesEtag(
  ifNoneMatch: string | null | undefined,
  etag: string,
): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(",")
    .some(
      (tag) => tag.trim().replace(/^W\//, "") === etag || tag.trim() === "*",
    );
}
