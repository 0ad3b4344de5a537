import type { IncomingMessage, Server } from "node:http";
import { createHTTPServer } from "@trpc/server/adapters/standalone";
import { MAX_DOCUMENT_BYTES } from "../ingest/limits";
import { appRouter } from "../root";
import type { Store } from "../store/store";
import type { Context } from "../trpc";
import { checkContentLength } from "./body-limit";
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
}

/**
 * A plain Node `http` server for the router (not yet listening), with the same write rule and body
 * limit as the fetch handler. Used by benchmarks and tests; call `listen(port, "127.0.0.1")`.
 */
export function createTrpcHttpServer(options: TrpcHttpServerOptions): Server {
  const limit = options.maxBodyBytes ?? MAX_DOCUMENT_BYTES;
  const basePath = `${(options.basePath ?? "/trpc").replace(/\/$/, "")}/`;
  return createHTTPServer({
    router: appRouter,
    basePath,
    maxBodySize: limit,
    createContext: ({ req }): Context => {
      checkContentLength(req.headers["content-length"], limit);
      const header = (value: string | string[] | undefined) =>
        Array.isArray(value) ? value[0] : value;
      return {
        store: options.store,
        canWrite: canWrite({
          remoteAddress: options.remoteAddress
            ? options.remoteAddress(req)
            : req.socket.remoteAddress,
          authorization: header(req.headers.authorization),
          origin: header(req.headers.origin),
          host: header(req.headers.host),
          writeToken: options.writeToken,
        }),
      };
    },
  });
}
