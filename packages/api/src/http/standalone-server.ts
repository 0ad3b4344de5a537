import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import { MAX_DOCUMENT_BYTES } from "../ingest/limits";
import { appRouter } from "../root";
import type { Store } from "../store/store";
import type { Context } from "../trpc";
import { checkContentLength } from "./body-limit";
import { createTrpcFetchHandler } from "./fetch-handler";
import {
  cacheableKey,
  cachedHeaders,
  matchesEtag,
  ResponseCache,
} from "./response-cache";
import { canWrite } from "./write-access";

/** Options for {@link createTrpcHttpServer}. */
export interface TrpcHttpServerOptions {
  readonly store: Store;
  /** `CSI_WRITE_TOKEN`: when set, a matching `Authorization: Bearer` header may write from anywhere. */
  readonly writeToken?: string | undefined;
  /** The peer address of a request; default the socket's. Override only behind a proxy you trust. */
  readonly remoteAddress?: (request: IncomingMessage) => string | undefined;
  /** Largest accepted request body, in bytes (default 5 MB). */
  readonly maxBodyBytes?: number;
  /** Path prefix of the procedures (default `/trpc`). */
  readonly basePath?: string;
  /** Query responses kept per database revision; `false` computes every request. Default: a cache of 256. */
  readonly cache?: ResponseCache | false;
}

/**
 * A plain Node `http` server for the router (not yet listening), with the same write rule and body
 * limit as the fetch handler. Used by benchmarks and tests; call `listen(port, "127.0.0.1")`.
 */
export function createTrpcHttpServer(options: TrpcHttpServerOptions): Server {
  const limit = options.maxBodyBytes ?? MAX_DOCUMENT_BYTES;
  const basePath = `${(options.basePath ?? "/trpc").replace(/\/$/, "")}/`;
  const peerOf = (req: IncomingMessage) =>
    options.remoteAddress
      ? options.remoteAddress(req)
      : req.socket.remoteAddress;
  const header = (value: string | string[] | undefined) =>
    Array.isArray(value) ? value[0] : value;
  const writes = createHTTPHandler({
    router: appRouter,
    basePath,
    maxBodySize: limit,
    createContext: ({ req }): Context => {
      checkContentLength(req.headers["content-length"], limit);
      return {
        store: options.store,
        canWrite: canWrite({
          remoteAddress: peerOf(req),
          authorization: header(req.headers.authorization),
          origin: header(req.headers.origin),
          host: header(req.headers.host),
          writeToken: options.writeToken,
        }),
      };
    },
  });
  // Reads (GET and HEAD carry no body) go through the fetch handler and its response cache.
  const peers = new WeakMap<Request, string | undefined>();
  const cache =
    options.cache === false
      ? undefined
      : (options.cache ?? new ResponseCache());
  const reads = createTrpcFetchHandler({
    endpoint: basePath.slice(0, -1),
    store: options.store,
    writeToken: options.writeToken,
    remoteAddress: (request) => peers.get(request),
    maxBodyBytes: limit,
    cache: cache ?? false,
  });
  return createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      writes(req, res);
      return;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      for (const one of Array.isArray(value) ? value : [value])
        headers.append(name, one);
    }
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://localhost");
    } catch {
      res.writeHead(400, { "content-type": "text/plain" });
      res.end("Bad request URL");
      return;
    }
    // A kept answer is written straight from its bytes, without building a fetch Request.
    const key = cache
      ? cacheableKey(req.method, url.href, (name) => header(req.headers[name]))
      : undefined;
    const hit =
      key === undefined ? undefined : cache?.get(key, options.store.revision());
    if (hit) {
      const status = matchesEtag(req.headers["if-none-match"], hit.etag)
        ? 304
        : 200;
      res.writeHead(status, cachedHeaders(hit));
      res.end(status === 200 && req.method === "GET" ? hit.body : undefined);
      return;
    }
    const request = new Request(url, { method: req.method, headers });
    peers.set(request, peerOf(req));
    reads(request)
      .then((response) => send(res, response))
      .catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500);
        res.end(String(error));
      });
  });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const body = response.body
    ? new Uint8Array(await response.arrayBuffer())
    : undefined;
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(body);
}
