import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { MAX_DOCUMENT_BYTES } from "../ingest/limits";
import { appRouter } from "../root";
import type { Store } from "../store/store";
import type { Context } from "../trpc";
import { checkContentLength, limitRequestBody } from "./body-limit";
import {
  cacheableKey,
  cachedHeaders,
  matchesEtag,
  ResponseCache,
  type CachedResponse,
} from "./response-cache";
import { canWrite } from "./write-access";

/** Options for {@link createTrpcFetchHandler}. */
export interface TrpcFetchHandlerOptions {
  /** Where the handler is mounted, e.g. `"/api/trpc"`. */
  readonly endpoint: string;
  /** The store, or a function that opens it on first use (once per process). */
  readonly store: Store | (() => Store | Promise<Store>);
  /** `CSI_WRITE_TOKEN`: when set, a matching `Authorization: Bearer` header may write from anywhere. */
  readonly writeToken?: string | undefined;
  /**
   * The peer address of a request. A fetch `Request` does not carry one, so the default reads the first
   * `X-Forwarded-For` entry, which Next.js sets from the socket; a client can send its own, so set
   * `CSI_WRITE_TOKEN` whenever the server listens beyond loopback.
   */
  readonly remoteAddress?: (request: Request) => string | undefined;
  /** Largest accepted request body, in bytes (default 5 MB). */
  readonly maxBodyBytes?: number;
  /** Called with every error a procedure throws (for server logs). */
  readonly onError?: (error: {
    path: string | undefined;
    error: Error;
  }) => void;
  /**
   * Query responses kept per database revision (see {@link ResponseCache}); `false` computes every
   * request. Default: a cache of 256 responses.
   */
  readonly cache?: ResponseCache | false;
}

const fromForwardedFor = (request: Request) =>
  request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();

/**
 * A fetch-style tRPC handler (`(Request) => Promise<Response>`) for Next.js route handlers and other
 * fetch servers, enforcing the write rule (loopback or bearer token) and the request body limit.
 * @example
 * const handler = createTrpcFetchHandler({ endpoint: "/api/trpc", store: () => getStore(), writeToken: env.CSI_WRITE_TOKEN });
 * export { handler as GET, handler as POST };
 */
export function createTrpcFetchHandler(
  options: TrpcFetchHandlerOptions,
): (request: Request) => Promise<Response> {
  const limit = options.maxBodyBytes ?? MAX_DOCUMENT_BYTES;
  const cache =
    options.cache === false
      ? undefined
      : (options.cache ?? new ResponseCache());
  let store: Promise<Store> | undefined;
  const getStore = () =>
    (store ??= Promise.resolve(
      typeof options.store === "function" ? options.store() : options.store,
    ));
  const handle = (request: Request) =>
    fetchRequestHandler({
      endpoint: options.endpoint,
      req: limitRequestBody(request, limit),
      router: appRouter,
      createContext: async (): Promise<Context> => {
        checkContentLength(request.headers.get("content-length"), limit);
        return {
          store: await getStore(),
          canWrite: canWrite({
            remoteAddress: (options.remoteAddress ?? fromForwardedFor)(request),
            authorization: request.headers.get("authorization"),
            origin: request.headers.get("origin"),
            host: request.headers.get("host"),
            writeToken: options.writeToken,
          }),
        };
      },
      ...(options.onError
        ? { onError: ({ path, error }) => options.onError?.({ path, error }) }
        : {}),
    });
  // The revision of a store that cannot be opened is unknown: the request then goes to the router,
  // which reports the failure as it would without a cache.
  const revisionOf = async () => {
    try {
      return (await getStore()).revision();
    } catch {
      return undefined;
    }
  };
  return async (request) => {
    const key = cache
      ? cacheableKey(request.method, request.url, (name) =>
          request.headers.get(name),
        )
      : undefined;
    const revision = key === undefined ? undefined : await revisionOf();
    if (!cache || key === undefined || revision === undefined)
      return handle(request);
    const hit = cache.get(key, revision);
    if (hit) return cachedResponse(request, hit);
    const response = await handle(request);
    const contentType = response.headers.get("content-type") ?? "";
    if (response.status !== 200 || !contentType.startsWith("application/json"))
      return response;
    const body = new Uint8Array(await response.arrayBuffer());
    return cachedResponse(request, cache.set(key, revision, body, contentType));
  };
}

/** A stored answer, or 304 when the client already holds these bytes. */
function cachedResponse(request: Request, cached: CachedResponse): Response {
  const headers = cachedHeaders(cached);
  if (matchesEtag(request.headers.get("if-none-match"), cached.etag))
    return new Response(null, { status: 304, headers });
  return new Response(request.method === "HEAD" ? null : cached.body, {
    status: 200,
    headers,
  });
}
