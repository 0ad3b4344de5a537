import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** A response body kept in memory with its entity tag (the shape of `@csi/api`'s `CachedResponse`). */
export interface KeptBody {
  readonly body: Uint8Array<ArrayBuffer>;
  readonly contentType: string;
  /** A strong entity tag from a hash of the bytes. */
  readonly etag: string;
}

/** A content coding kept bodies are sent in. */
export type ContentCoding = "br" | "gzip" | "identity";

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
 * The coding to send for an `Accept-Encoding` header: Brotli, else gzip, else none. A coding counts
 * as accepted when it is listed (or `*` is) without `q=0`.
 */
export function chooseCoding(
  acceptEncoding: string | null | undefined,
): ContentCoding {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? "").split(",")) {
    const [name = "", ...params] = part.split(";").map((s) => s.trim());
    if (!name) continue;
    const q = params.find((p) => /^q=/i.test(p));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name.toLowerCase(), Number.isNaN(weight) ? 0 : weight);
  }
  const accepts = (coding: string) =>
    (weights.get(coding) ?? weights.get("*") ?? 0) > 0;
  if (accepts("br")) return "br";
  if (accepts("gzip")) return "gzip";
  return "identity";
}

const encodings = new WeakMap<
  KeptBody,
  Map<ContentCoding, Promise<Uint8Array>>
>();

/**
 * The kept bytes in a coding, compressed once per kept body (on the thread pool) and then reused:
 * the server would otherwise compress them again for every response.
 */
export function encoded(
  kept: KeptBody,
  coding: ContentCoding,
): Promise<Uint8Array> {
  if (coding === "identity") return Promise.resolve(kept.body);
  let forBody = encodings.get(kept);
  if (!forBody) {
    forBody = new Map<ContentCoding, Promise<Uint8Array>>();
    encodings.set(kept, forBody);
  }
  let bytes = forBody.get(coding);
  if (!bytes) {
    bytes =
      coding === "br"
        ? brotli(kept.body, {
            params: {
              // Quality 9 of 11: within a few per cent of the smallest, at a tenth of the time.
              [constants.BROTLI_PARAM_QUALITY]: 9,
              [constants.BROTLI_PARAM_SIZE_HINT]: kept.body.byteLength,
            },
          })
        : gzipAsync(kept.body, { level: 9 });
    forBody.set(coding, bytes);
  }
  return bytes;
}

/**
 * Sends a kept body as the answer to a GET or HEAD: 304 when the client holds it already, otherwise
 * the bytes in the best coding the client accepts, compressed once (the server's own compression
 * leaves a response that has a `Content-Encoding` alone).
 */
export async function sendKept(
  req: IncomingMessage,
  res: ServerResponse,
  kept: KeptBody,
  headers: Readonly<Record<string, string>>,
): Promise<void> {
  const common = {
    ...headers,
    "content-type": kept.contentType,
    etag: kept.etag,
    vary: [headers.vary, "accept-encoding"].filter(Boolean).join(", "),
  };
  if (matchesEtag(req.headers["if-none-match"], kept.etag)) {
    res.writeHead(304, common).end();
    return;
  }
  const coding = chooseCoding(req.headers["accept-encoding"]);
  const bytes = await encoded(kept, coding);
  res.writeHead(200, {
    ...common,
    ...(coding === "identity" ? {} : { "content-encoding": coding }),
    "content-length": String(bytes.byteLength),
  });
  res.end(req.method === "HEAD" ? undefined : bytes);
}
